package io.github.ionosregistry.tokens;

import org.springframework.http.HttpHeaders;

/**
 * How the client authenticates: a Bearer token, or a user name and password. Its {@code toString()} names the kind,
 * never the secret.
 *
 * @since 0.1.0
 */
public sealed interface IonosCredentials permits IonosCredentials.Token, IonosCredentials.UsernamePassword {

	/**
	 * An API token, sent as {@code Authorization: Bearer}.
	 * @param token the API token
	 * @return the credentials
	 */
	static IonosCredentials token(String token) {
		return new Token(token);
	}

	/**
	 * A user name and password, sent with HTTP Basic.
	 * @param username the user name
	 * @param password the password
	 * @return the credentials
	 */
	static IonosCredentials usernamePassword(String username, String password) {
		return new UsernamePassword(username, password);
	}

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

		public Token {
			requireText(token, "token");
		}

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

		public UsernamePassword {
			requireText(username, "username");
			requireText(password, "password");
		}

		@Override
		public void applyTo(HttpHeaders headers) {
			headers.setBasicAuth(this.username, this.password);
		}

		@Override
		public String toString() {
			return "UsernamePassword[username=" + this.username + ", password=******]";
		}

	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
