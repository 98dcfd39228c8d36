package io.github.ionosregistry.test;

import io.github.ionosregistry.autoconfigure.IonosRegistryAutoConfiguration;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Both kinds of credentials the emulator accepts, through the real {@link TokensApi}.
 */
class TokensApiAgainstTheEmulatorsCredentialsTests {

	private static TokensEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = TokensEmulator.builder()
			.credentials(new EmulatorCredentials("raw-token", "alice", "wonderland"))
			.start();
	}

	@AfterAll
	static void stop() {
		emulator.stop();
	}

	@Test
	void tokensApiWithWrongTokenGets401() {
		runner("ionos.registry.token=wrong").run((context) -> {
			IonosApiException failure = catchThrowableOfType(IonosApiException.class,
					() -> context.getBean(TokensApi.class).registriesTokensGet(TokensEmulator.DEFAULT_REGISTRY_ID));
			assertThat(failure.isUnauthorized()).isTrue();
			assertThat(failure.getMessages().get(0).errorCode()).isEqualTo("UNAUTHORIZED");
		});
	}

	@Test
	void tokensApiWithUsernameAndPasswordCreates() {
		runner("ionos.registry.username=alice", "ionos.registry.password=wonderland").run((context) -> {
			context.getBean(TokensApi.class)
				.registriesTokensPost(TokensEmulator.DEFAULT_REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("basic-made")));
		});
		assertThat(emulator.token(TokensEmulator.DEFAULT_REGISTRY_ID, "basic-made"))
			.hasValueSatisfying((token) -> assertThat(token.createdBy()).isEqualTo("alice"));
	}

	private static ApplicationContextRunner runner(String... credentials) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
					HttpMessageConvertersAutoConfiguration.class, HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					IonosRegistryAutoConfiguration.class))
			.withPropertyValues("ionos.registry.api-url=" + emulator.apiUrl())
			.withPropertyValues(credentials);
	}

}
