package io.github.ionosregistry.tokens.internal.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The token in a file, read again whenever the file changes (its modification time, size or identity: a replaced
 * Kubernetes secret or Vault agent file is a new file), so that a rotated token takes effect on the next call.
 * Should the file later be gone, empty or unreadable, the last token read stays in use and one warning says so.
 */
public final class TokenFileCredentialsProvider implements IonosCredentialsProvider {

	private static final Log logger = LogFactory.getLog(TokenFileCredentialsProvider.class);

	private final Path path;

	private volatile Snapshot current;

	private volatile boolean warned;

	/**
	 * Reads the token file.
	 * @param path the file
	 * @throws IllegalArgumentException if the file is missing, a directory, unreadable or empty
	 */
	public TokenFileCredentialsProvider(Path path) {
		this.path = path;
		Snapshot first = read();
		if (first.credentials == null) {
			throw new IllegalArgumentException("token file " + path + " " + first.problem);
		}
		this.current = first;
	}

	@Override
	public IonosCredentials getCredentials() {
		Snapshot known = this.current;
		if (Objects.equals(version(), known.version)) {
			return Objects.requireNonNull(known.credentials);
		}
		synchronized (this) {
			Snapshot latest = read();
			if (latest.credentials != null) {
				this.current = latest;
				this.warned = false;
				return latest.credentials;
			}
			if (!this.warned) {
				this.warned = true;
				logger.warn("Token file " + this.path + " " + latest.problem
						+ "; the token read from it before stays in use until the file holds one again");
			}
			return Objects.requireNonNull(this.current.credentials);
		}
	}

	private Snapshot read() {
		Object version = version();
		if (version == null) {
			return Snapshot.failed(Files.exists(this.path) ? "cannot be read" : "does not exist");
		}
		if (Files.isDirectory(this.path)) {
			return Snapshot.failed("is a directory, not a file");
		}
		String token;
		try {
			token = Files.readString(this.path, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return Snapshot.failed("cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
		if (token.isEmpty()) {
			return Snapshot.failed("is empty");
		}
		return new Snapshot(version, IonosCredentials.token(token), null);
	}

	/** What tells that the file changed: modification time, size and identity, or {@code null} if unreadable. */
	private @Nullable Object version() {
		try {
			BasicFileAttributes attributes = Files.readAttributes(this.path, BasicFileAttributes.class);
			return List.of(attributes.lastModifiedTime(), attributes.size(),
					String.valueOf(attributes.fileKey()));
		}
		catch (IOException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "TokenFileCredentialsProvider[" + this.path + "]";
	}

	private record Snapshot(@Nullable Object version, @Nullable IonosCredentials credentials, @Nullable String problem) {

		static Snapshot failed(String problem) {
			return new Snapshot(null, null, problem);
		}

	}

}
