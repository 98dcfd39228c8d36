package io.github.ionosregistry.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The credentials the emulator accepts: an API token (Bearer), a user name and password (Basic), or both.
 * {@link #toString()} shows no secret.
 *
 * @param token the accepted token, or {@code null}
 * @param username the accepted user name, or {@code null}
 * @param password the accepted password, or {@code null}
 * @since 0.1.0
 */
public record EmulatorCredentials(@Nullable String token, @Nullable String username, @Nullable String password) {

	public static final String DEFAULT_TOKEN = "emulator-token";

	public EmulatorCredentials {
		if (token == null && (username == null || password == null)) {
			throw new IllegalArgumentException("the emulator needs a token or a user name and password to accept");
		}
	}

	public static EmulatorCredentials token(String token) {
		return new EmulatorCredentials(token, null, null);
	}

	public static EmulatorCredentials usernamePassword(String username, String password) {
		return new EmulatorCredentials(null, username, password);
	}

	/**
	 * Checks an {@code Authorization} header.
	 * @param authorization the header, or {@code null}
	 * @return who made the request, for the tokens' metadata
	 * @throws EmulatorException a 401 if the header does not carry accepted credentials
	 */
	String authenticate(@Nullable String authorization) {
		if (authorization != null) {
			if (this.token != null && authorization.startsWith("Bearer ")
					&& equal(authorization.substring(7), this.token)) {
				return "api-token@emulator";
			}
			if (this.username != null && this.password != null && authorization.startsWith("Basic ")
					&& equal(authorization.substring(6), basic(this.username, this.password))) {
				return this.username;
			}
		}
		throw EmulatorException.unauthorized();
	}

	private static String basic(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static boolean equal(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "EmulatorCredentials[token=" + ((this.token != null) ? "******" : null) + ", username=" + this.username
				+ ", password=" + ((this.password != null) ? "******" : null) + "]";
	}

}
