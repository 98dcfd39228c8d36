package io.github.ionosregistry.autoconfigure;

import org.springframework.http.HttpHeaders;

/**
 * How the client authenticates: a Bearer token, or a user name and password. {@link #toString()} names the kind,
 * never the secret.
 */
public sealed interface IonosCredentials permits IonosCredentials.Token, IonosCredentials.UsernamePassword {

	/**
	 * Sets the {@code Authorization} header.
	 * @param headers the request headers
	 */
	void applyTo(HttpHeaders headers);

	/**
	 * A Bearer token.
	 * @param token the API token
	 */
	record Token(String token) implements IonosCredentials {

		@Override
		public void applyTo(HttpHeaders headers) {
			headers.setBearerAuth(this.token);
		}

		@Override
		public String toString() {
			return "Token[******]";
		}

	}

	/**
	 * HTTP Basic credentials.
	 * @param username the user name
	 * @param password the password
	 */
	record UsernamePassword(String username, String password) implements IonosCredentials {

		@Override
		public void applyTo(HttpHeaders headers) {
			headers.setBasicAuth(this.username, this.password);
		}

		@Override
		public String toString() {
			return "UsernamePassword[username=" + this.username + ", password=******]";
		}

	}

}
