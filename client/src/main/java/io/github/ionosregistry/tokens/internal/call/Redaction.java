package io.github.ionosregistry.tokens.internal.call;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import io.github.ionosregistry.tokens.IonosCredentials;
import org.jspecify.annotations.Nullable;

/**
 * Removes the secrets a request carried from what a server sent back, before any of it is kept or quoted: a proxy's
 * error page that echoes the request's {@code Authorization} header must not put the token into an exception
 * message. The token, the password, and the encoded Basic value are each replaced by {@value #MASK}.
 */
public final class Redaction {

	static final String MASK = "******";

	/** Secrets shorter than this are not searched for: replacing every "a" would mangle text and hide nothing. */
	private static final int SHORTEST_SECRET = 4;

	private final List<String> secrets;

	private Redaction(List<String> secrets) {
		this.secrets = secrets;
	}

	static Redaction of(IonosCredentials credentials) {
		List<String> secrets = new ArrayList<>();
		if (credentials instanceof IonosCredentials.Token token) {
			secrets.add(token.token());
		}
		else if (credentials instanceof IonosCredentials.UsernamePassword basic) {
			secrets.add(basic.password());
			secrets.add(Base64.getEncoder()
				.encodeToString((basic.username() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8)));
		}
		secrets.removeIf((secret) -> secret.length() < SHORTEST_SECRET);
		// The longer first, so that one holding another is masked whole.
		secrets.sort(Comparator.comparingInt(String::length).reversed());
		return new Redaction(List.copyOf(secrets));
	}

	/**
	 * The text with every secret masked.
	 * @param text the text, or {@code null}
	 * @return the masked text, or {@code null}
	 */
	@Nullable String apply(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String masked = text;
		for (String secret : this.secrets) {
			masked = masked.replace(secret, MASK);
		}
		for (String secret : this.secrets) {
			masked = maskCutOffStart(masked, secret);
		}
		return masked;
	}

	/** Masks the start of a secret that ends the text: a body read in part may stop inside one. */
	private static String maskCutOffStart(String text, String secret) {
		for (int length = Math.min(secret.length() - 1, text.length()); length >= SHORTEST_SECRET; length--) {
			if (text.endsWith(secret.substring(0, length))) {
				return text.substring(0, text.length() - length) + MASK;
			}
		}
		return text;
	}

}
