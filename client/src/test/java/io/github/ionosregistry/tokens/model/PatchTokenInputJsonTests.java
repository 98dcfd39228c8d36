package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The JSON of {@link PatchTokenInput}: the three states of the expiry date, whatever the mapper's settings.
 */
class PatchTokenInputJsonTests {

	private static final OffsetDateTime NEXT_WEEK = OffsetDateTime.parse("2026-12-05T10:00:00Z");

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void keptExpiryIsLeftOut() {
		assertThat(this.mapper.writeValueAsString(PatchTokenInput.disable())).isEqualTo("{\"status\":\"disabled\"}");
	}

	@Test
	void clearedExpiryIsSentAsNull() {
		assertThat(this.mapper.writeValueAsString(PatchTokenInput.neverExpire())).isEqualTo("{\"expiryDate\":null}");
	}

	@Test
	void newExpiryIsSentWithItsOffset() {
		assertThat(this.mapper.writeValueAsString(
				PatchTokenInput.expireAt(NEXT_WEEK).withScopes(Scope.repository("web", Scope.PULL))))
			.isEqualTo("{\"expiryDate\":\"2026-12-05T10:00:00Z\","
					+ "\"scopes\":[{\"actions\":[\"pull\"],\"name\":\"web\",\"type\":\"repository\"}]}");
	}

	@Test
	void emptyScopesAreSentToRemoveThemAll() {
		assertThat(this.mapper.writeValueAsString(PatchTokenInput.replaceScopes()))
			.isEqualTo("{\"scopes\":[]}");
	}

	@Test
	void aNullChangeKeepsTheExpiry() {
		assertThat(new PatchTokenInput(null, null, TokenStatus.ENABLED).expiryDate()).isEqualTo(ExpiryDateChange.keep());
	}

	@Test
	void settingNoDateIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExpiryDateChange.setTo(null))
			.withMessageContaining("ExpiryDateChange.clear()");
	}

}
