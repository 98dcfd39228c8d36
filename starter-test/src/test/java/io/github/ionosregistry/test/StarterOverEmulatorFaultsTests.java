package io.github.ionosregistry.test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.ionosregistry.autoconfigure.IonosRegistryAutoConfiguration;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured client, with the starter's retry rules, against the emulator failing one request in five
 * ({@code --fail-rate=0.2 --seed=7}): reads succeed, and no create is sent twice.
 */
class StarterOverEmulatorFaultsTests {

	@Test
	void listsSucceedOverFaultsAndNoCreateIsSentTwice() {
		try (TokensEmulator emulator = TokensEmulator.builder().faults(0.2, 7).requestJournal(10_000).start()) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
						HttpMessageConvertersAutoConfiguration.class, HttpClientAutoConfiguration.class,
						ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
						IonosRegistryAutoConfiguration.class))
				.withPropertyValues("ionos.registry.api-url=" + emulator.apiUrl(),
						"ionos.registry.token=" + EmulatorCredentials.DEFAULT_TOKEN,
						"ionos.registry.retry.initial-delay=5ms", "ionos.registry.retry.max-delay=20ms")
				.run((context) -> {
					TokensApi api = context.getBean(TokensApi.class);
					int failedCreates = 0;
					for (int i = 0; i < 40; i++) {
						try {
							api.registriesTokensPost(TokensEmulator.DEFAULT_REGISTRY_ID,
									PostTokenInput.of(PostTokenProperties.named("token-" + i)));
						}
						catch (IonosRegistryException ex) {
							failedCreates++;
						}
					}
					for (int i = 0; i < 40; i++) {
						assertThat(api.listAll(TokensEmulator.DEFAULT_REGISTRY_ID)).hasSizeGreaterThanOrEqualTo(40 - failedCreates);
					}
					assertThat(failedCreates).as("creates the faults made fail").isPositive();
				});
			Map<String, Long> postsPerName = emulator.wireMock()
				.getAllServeEvents()
				.stream()
				.filter((event) -> event.getRequest().getMethod().getName().equals("POST"))
				.map((event) -> JsonMapper.shared().readTree(event.getRequest().getBodyAsString())
					.get("properties").get("name").asString())
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(postsPerName).hasSize(40).allSatisfy((name, posts) -> assertThat(posts).as(name).isOne());
			List<String> names = emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID).stream().map(EmulatedToken::name).toList();
			assertThat(names).doesNotHaveDuplicates();
			assertThat(emulator.injectedFaults()).isNotEmpty();
		}
	}

}
