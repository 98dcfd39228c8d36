package io.github.ionosregistry.tokens.internal.credentials;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.github.ionosregistry.tokens.LogCapture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading an API token's expiry from its JWT payload, and every way it can have none.
 */
class JwtExpiryTests {

	@Test
	void theExpiryIsTheExpClaimInSecondsSinceTheEpoch() {
		assertThat(JwtExpiry.of(jwt("{\"sub\":\"me\",\"exp\":1798761600}"))).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
	}

	@Test
	void aTokenThatIsNotAJwtOrWithoutAnExpHasNoKnownExpiry() {
		assertThat(JwtExpiry.of("a-plain-api-token")).isNull();
		assertThat(JwtExpiry.of("a.b")).isNull();
		assertThat(JwtExpiry.of("header.!!!not-base64!!!.signature")).isNull();
		assertThat(JwtExpiry.of(jwt("not json"))).isNull();
		assertThat(JwtExpiry.of(jwt("[1]"))).isNull();
		assertThat(JwtExpiry.of(jwt("{\"sub\":\"me\"}"))).isNull();
		assertThat(JwtExpiry.of(jwt("{\"exp\":\"tomorrow\"}"))).isNull();
	}

	@Test
	void anExpOutOfRangeIsNoKnownExpiryWithAWarning() {
		try (LogCapture log = LogCapture.debug(JwtExpiry.class.getName())) {
			assertThat(JwtExpiry.of(jwt("{\"exp\":99999999999999999}"))).isNull();
			assertThat(JwtExpiry.of(jwt("{\"exp\":1e300}"))).isNull();
			assertThat(JwtExpiry.of(jwt("{\"exp\":-99999999999999999}"))).isNull();
			assertThat(log.text()).contains("The API token's expiry (exp) is not a time an Instant can hold; its "
					+ "expiry is taken as unknown");
		}
	}

	private static String jwt(String payload) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
	}

}
