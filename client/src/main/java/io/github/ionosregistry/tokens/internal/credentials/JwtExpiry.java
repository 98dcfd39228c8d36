package io.github.ionosregistry.tokens.internal.credentials;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When an IONOS API token expires: such tokens are JWTs whose payload carries {@code exp}, in seconds since the
 * epoch. The signature is not checked (the service does that); a token that is not a JWT, whose payload cannot be
 * read, or whose {@code exp} is no instant (out of range, fractional beyond a long), has no known expiry, with a
 * warning for the last.
 */
public final class JwtExpiry {

	private static final Log logger = LogFactory.getLog(JwtExpiry.class);

	private JwtExpiry() {
	}

	public static @Nullable Instant of(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return null;
		}
		try {
			JsonNode payload = JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(parts[1]));
			JsonNode expiry = (payload != null && payload.isObject()) ? payload.get("exp") : null;
			if (expiry == null || !expiry.isNumber()) {
				return null;
			}
			if (!expiry.canConvertToLong()) {
				throw new DateTimeException("exp out of range");
			}
			return Instant.ofEpochSecond(expiry.asLong());
		}
		catch (DateTimeException ex) {
			logger.warn("The API token's expiry (exp) is not a time an Instant can hold; its expiry is taken as "
					+ "unknown");
			return null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

}
