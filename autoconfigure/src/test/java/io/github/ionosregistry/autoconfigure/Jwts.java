package io.github.ionosregistry.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Tokens shaped like IONOS API tokens: JWTs whose payload carries {@code exp}. The signature is not real; the client
 * does not check it.
 */
final class Jwts {

	private Jwts() {
	}

	static String expiringAt(Instant expiry) {
		return jwt("{\"iss\":\"ionoscloud\",\"exp\":" + expiry.getEpochSecond() + "}");
	}

	static String jwt(String payload) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		return base64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
	}

}
