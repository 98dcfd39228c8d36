package io.github.ionosregistry.autoconfigure;

import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When an IONOS API token expires: such tokens are JWTs whose payload carries {@code exp}, in seconds since the
 * epoch. The signature is not checked (the service does that); a token that is not a JWT, or whose payload cannot be
 * read, has no known expiry.
 */
final class JwtExpiry {

	private JwtExpiry() {
	}

	static @Nullable Instant of(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return null;
		}
		try {
			JsonNode payload = JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(parts[1]));
			JsonNode expiry = (payload != null && payload.isObject()) ? payload.get("exp") : null;
			return (expiry != null && expiry.isNumber()) ? Instant.ofEpochSecond(expiry.asLong()) : null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

}
