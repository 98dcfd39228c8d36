package io.github.ionosregistry.tokens;

import java.nio.file.Path;
import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.credentials.TokenFileCredentialsProvider;

/**
 * Gives the credentials for each request. The client asks before every request, so a provider whose credentials
 * change (a rotated token, a replaced secret file) takes effect on the next call; keep the answer cheap, caching
 * what is expensive to read.
 * <p>
 * When the service refuses a request with {@code 401} and the provider meanwhile gives other credentials, the
 * request is sent once more with the new ones.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IonosCredentialsProvider {

	/**
	 * The credentials to send now.
	 * @return the credentials, never {@code null}
	 */
	IonosCredentials getCredentials();

	/**
	 * A provider that always gives the same credentials.
	 * @param credentials the credentials
	 * @return the provider
	 */
	static IonosCredentialsProvider of(IonosCredentials credentials) {
		Arguments.requireNonNull(credentials, "credentials");
		return () -> credentials;
	}

	/**
	 * The API token in a file (surrounding whitespace ignored), read again whenever the file changes, so that a
	 * replaced Kubernetes secret or Vault agent file takes effect on the next call. Should the file later be gone,
	 * empty or unreadable, the last token read stays in use and one warning says so.
	 * @param tokenFile the file
	 * @return the provider
	 * @throws IllegalArgumentException if the file is missing, a directory, unreadable or empty now
	 */
	static IonosCredentialsProvider fromTokenFile(Path tokenFile) {
		return new TokenFileCredentialsProvider(Arguments.requireNonNull(tokenFile, "tokenFile"));
	}

}
