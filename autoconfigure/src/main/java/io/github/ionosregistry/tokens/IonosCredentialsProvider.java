package io.github.ionosregistry.tokens;

/**
 * Gives the credentials for each request. The client asks before every request, so a provider whose credentials
 * change (a rotated token, a replaced secret file) takes effect on the next call; keep the answer cheap, caching
 * what is expensive to read.
 * <p>
 * When the service refuses a request with {@code 401} and the provider meanwhile gives other credentials, the
 * request is sent once more with the new ones.
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
		TokenArguments.requireNonNull(credentials, "credentials");
		return () -> credentials;
	}

}
