package io.github.ionosregistry.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * A token as the store keeps it: the token, and the SHA-256 of its one-time password, by which a registry login
 * ({@code /auth/token}) is checked; the password itself is never kept. A seeded token has no password, and no login.
 *
 * @param token the token
 * @param passwordSha256 the lower-case hex SHA-256 of its password, or {@code null}
 */
record StoredToken(EmulatedToken token, @Nullable String passwordSha256) {

	/** A token with a password that has this SHA-256. */
	static StoredToken withPassword(EmulatedToken token, String password) {
		return new StoredToken(token, sha256(password));
	}

	/** Whether this is the token's password, compared in constant time. */
	boolean hasPassword(String password) {
		String expected = this.passwordSha256;
		return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				sha256(password).getBytes(StandardCharsets.US_ASCII));
	}

	/** The same password, for a token replaced under the same id. */
	StoredToken replacedBy(EmulatedToken replacement) {
		return new StoredToken(replacement, this.passwordSha256);
	}

	private static String sha256(String password) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
