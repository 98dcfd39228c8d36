package io.github.ionosregistry.test;

import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain JUnit 5 test, no Spring context: {@link WithTokensEmulator} starts an emulator for the class, empties it
 * before each test and injects it.
 */
@WithTokensEmulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithTokensEmulatorTests {

	private final TokensEmulator emulatorOfTheConstructor;

	WithTokensEmulatorTests(TokensEmulator emulator) {
		this.emulatorOfTheConstructor = emulator;
	}

	@Test
	@Order(1)
	void theClientBuiltWithoutSpringTalksToTheInjectedEmulator(TokensEmulator emulator) {
		try (TokensApi api = TokensApi.builder()
			.apiUrl(emulator.apiUrl())
			.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN))
			.build()) {
			PutTokenOutput created = api.createToken(TokensEmulator.DEFAULT_REGISTRY_ID, PostTokenProperties.named("plain-junit"));
			assertThat(created.hasPassword()).isTrue();
		}
		assertThat(emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).extracting(EmulatedToken::name)
			.containsExactly("plain-junit");
	}

	@Test
	@Order(2)
	void eachTestStartsEmptyOnTheSameEmulator(TokensEmulator emulator) {
		assertThat(emulator).isSameAs(this.emulatorOfTheConstructor);
		assertThat(emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).isEmpty();
		assertThat(emulator.wireMock().isRunning()).isTrue();
	}

}
