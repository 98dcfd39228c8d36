package io.github.ionosregistry.test;

import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application pointed at the emulator the way each IONOS tool points at the API reaches it: the base URL as it is
 * (the Node SDK's rule, {@code ionos.registry.api-url}) and a host to which the API's path is appended (the Go SDK's
 * rule, {@code IONOS_API_URL}).
 */
class EmulatorForEveryUrlRuleTests {

	private static TokensEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = TokensEmulator.builder().credentials(EmulatorCredentials.token("rule-token")).requestJournal(1000).start();
		emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, EmulatedToken.named("ci-push"));
	}

	@AfterAll
	static void stop() {
		emulator.stop();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ionos.registry.api-url", "IONOS_API_URL" })
	void theEmulatorAnswersEitherForm(String setting) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmulatorTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties(setting + "=" + emulator.apiUrl(), "ionos.registry.token=rule-token",
					"ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID, "spring.main.banner-mode=off",
					"ionos.registry.config-file=target/no-ionos-config-file")
			.run()) {
			assertThat(context.getBean(RegistryTokens.class).list()).extracting(TokenResponse::properties)
				.extracting("name")
				.containsExactly("ci-push");
		}
		String expectedPath = setting.equals("IONOS_API_URL") ? "/containerregistries/registries/" : "/registries/";
		assertThat(emulator.wireMock().getAllServeEvents().get(0).getRequest().getUrl()).startsWith(expectedPath);
	}

}
