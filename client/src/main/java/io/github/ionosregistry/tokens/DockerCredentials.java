package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code docker login} needs to use a registry token: the registry's hostname, the token's user name and its
 * one-time password. Get them from a created token with {@link RegistryTokens#dockerCredentials}; write them as the
 * Docker config JSON of {@code ~/.docker/config.json} or of a Kubernetes {@code kubernetes.io/dockerconfigjson}
 * secret. {@link #toString()} never shows the password.
 *
 * @param hostname the registry's hostname, such as {@code my-registry.cr.ionos.com}
 * @param username the token's user name (its name)
 * @param password the token's one-time password
 * @since 0.1.0
 */
public record DockerCredentials(String hostname, String username, String password) {

	public DockerCredentials {
		requireText(hostname, "hostname");
		requireText(username, "username");
		requireText(password, "password");
	}

	/**
	 * The Docker config JSON for these credentials:
	 * {@code {"auths":{"<hostname>":{"username":…,"password":…,"auth":base64(username:password)}}}}.
	 * @return the JSON; it holds the password
	 */
	public String toDockerConfigJson() {
		ObjectNode config = JsonMapper.shared().createObjectNode();
		ObjectNode entry = config.putObject("auths").putObject(this.hostname);
		entry.put("username", this.username);
		entry.put("password", this.password);
		entry.put("auth", Base64.getEncoder()
			.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8)));
		return config.toString();
	}

	/**
	 * Writes the {@link #toDockerConfigJson() Docker config JSON} to a file, readable and writable by its owner only,
	 * atomically: a reader sees the old file or the new one, never a part. The file's directory is created if needed.
	 * @param file the file, such as {@code ~/.docker/config.json}
	 * @throws UncheckedIOException if it cannot be written
	 */
	public void writeDockerConfig(Path file) {
		Path target = TokenArguments.requireNonNull(file, "file").toAbsolutePath();
		Path directory = target.getParent();
		if (directory == null) {
			throw new IllegalArgumentException("file " + file + " has no directory");
		}
		try {
			Files.createDirectories(directory);
			Path temporary = ownerOnlyTemporaryFile(directory, target.getFileName().toString());
			try {
				Files.writeString(temporary, toDockerConfigJson(), StandardCharsets.UTF_8);
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the Docker config " + target + " ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private static Path ownerOnlyTemporaryFile(Path directory, String name) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(directory, "." + name, ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Path temporary = Files.createTempFile(directory, "." + name, ".tmp");
		java.io.File asFile = temporary.toFile();
		boolean ownerOnly = asFile.setReadable(false, false) && asFile.setReadable(true, true)
				&& asFile.setWritable(false, false) && asFile.setWritable(true, true);
		if (!ownerOnly) {
			Files.deleteIfExists(temporary);
			throw new IOException("cannot make " + temporary + " readable by its owner only");
		}
		return temporary;
	}

	@Override
	public String toString() {
		return "DockerCredentials[hostname=" + this.hostname + ", username=" + this.username + ", password=******]";
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
