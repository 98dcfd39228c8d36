package io.github.ionosregistry.tokens;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

import io.github.ionosregistry.tokens.internal.docker.DockerConfigFile;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.TokenProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
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

	private static final Log logger = LogFactory.getLog(DockerCredentials.class);

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
		entry.put("auth", auth());
		return config.toString();
	}

	/**
	 * Writes these credentials into a Docker config file, as {@code docker login} does: only
	 * {@code auths[<hostname>]} is replaced; every other login, {@code credsStore}, {@code credHelpers}, proxy
	 * setting and unknown key stays as it was. A missing file (and its directory) is created. The file is replaced
	 * atomically by one readable and writable by its owner only; two processes writing at once both land (a lock file
	 * {@code .<name>.lock} beside it, waited for at most 10 s). When a credential helper of the file takes this
	 * registry, Docker will not read the entry written: the result says so, and a warning is logged.
	 * @param file the file, such as {@code ~/.docker/config.json}
	 * @return what was written, and whether Docker uses it
	 * @throws IllegalArgumentException if the file is there but is not a Docker config file (not JSON, not an object,
	 * {@code auths} not an object); it is left as it was
	 * @throws UncheckedIOException if it cannot be written
	 */
	public DockerConfigUpdate writeDockerConfig(Path file) {
		ObjectNode entry = JsonMapper.shared().createObjectNode();
		entry.put("username", this.username);
		entry.put("password", this.password);
		entry.put("auth", auth());
		DockerConfigUpdate update = new DockerConfigFile(file).put(this.hostname, entry);
		if (!update.usedByDocker()) {
			logger.warn("Wrote the Docker credentials of " + this.hostname + " to " + update.file()
					+ ", but Docker reads that registry's credentials from a credential helper ("
					+ update.credentialHelper() + "), not from this entry; clients that read auths only use it");
		}
		return update;
	}

	/**
	 * Removes a registry's credentials from a Docker config file, as {@code docker logout} does: only
	 * {@code auths[<hostname>]} goes, everything else stays; a missing file stays missing.
	 * @param file the Docker config file
	 * @param hostname the registry
	 * @return whether the file held credentials for that registry
	 * @throws IllegalArgumentException if the file is not a Docker config file; it is left as it was
	 * @throws UncheckedIOException if it cannot be written
	 */
	public static boolean removeFromDockerConfig(Path file, String hostname) {
		requireText(hostname, "hostname");
		return new DockerConfigFile(file).remove(hostname);
	}

	/**
	 * Checks, without changing anything, that {@link #writeDockerConfig} could write into a file: it is a Docker config
	 * file or is missing, and it or its directory can be written. Call it before making a token whose credentials are
	 * to go there, so that no token is made for a file that would refuse them.
	 * @param file the Docker config file
	 * @throws IllegalArgumentException naming the file and what is wrong with it
	 */
	public static void checkDockerConfig(Path file) {
		new DockerConfigFile(file).checkWritable();
	}

	/**
	 * The credentials in the answer that created a token: only it holds the password.
	 * @throws IllegalArgumentException if the answer holds no password, or no name
	 */
	static DockerCredentials ofCreated(Supplier<String> hostname, @Nullable TokenProperties created) {
		Credentials credentials = (created != null) ? created.credentials() : null;
		String password = (credentials != null) ? credentials.password() : null;
		if (credentials == null || password == null || password.isEmpty()) {
			throw new IllegalArgumentException("created must be the answer that created the token: only it holds the "
					+ "one-time password");
		}
		String username = (credentials.username() != null) ? credentials.username()
				: Objects.requireNonNull(created).name();
		if (username == null) {
			throw new IllegalArgumentException("created holds neither a user name nor a token name");
		}
		return new DockerCredentials(hostname.get(), username, password);
	}

	private String auth() {
		return Base64.getEncoder().encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8));
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
