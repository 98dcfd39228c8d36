package io.github.ionosregistry.autoconfigure;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the application is ready, the client is prepared for its first call on a thread of its own, once, without
 * sending a request; {@code ionos.registry.warm-up=false} turns that off.
 */
class IonosRegistryWarmUpTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static ConfigurableApplicationContext run(Class<?> configuration, String... properties) {
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
			.properties("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"ionos.registry.config-file=" + IonosRegistryTestContexts.NO_CONFIG_FILE,
					"spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	@Test
	void theClientIsWarmedUpOnceAfterTheApplicationIsReadyOffTheMainThread() throws Exception {
		try (ConfigurableApplicationContext context = run(CountingApplication.class)) {
			CountingTokensApi api = context.getBean(CountingTokensApi.class);
			assertThat(api.warmedUp.await(10, TimeUnit.SECONDS)).isTrue();
			// Once its thread has ended, no further warm-up can come.
			joinTheWarmUpThreads();
			assertThat(api.warmUps).hasValue(1);
			assertThat(api.warmUpThread).isEqualTo("ionos-registry-warm-up");
			assertThat(api.readyBeforeWarmUp).isTrue();
		}
	}

	@Test
	void thePropertyTurnsTheWarmUpOff() throws Exception {
		try (ConfigurableApplicationContext context = run(CountingApplication.class, "ionos.registry.warm-up=false")) {
			CountingTokensApi api = context.getBean(CountingTokensApi.class);
			assertThat(context.getBeansOfType(IonosRegistryWarmUp.class)).isEmpty();
			joinTheWarmUpThreads();
			assertThat(api.warmUps).hasValue(0);
		}
	}

	@Test
	void theWarmUpOfTheAutoConfiguredClientSendsNoRequest() throws Exception {
		UUID registryId = UUID.randomUUID();
		server.stubFor(WireMock.get(WireMock.urlPathMatching("/registries/.*/tokens"))
			.willReturn(okJson(TokenJson.page(0, 100, 0))));
		try (ConfigurableApplicationContext context = run(AutoConfiguredApplication.class)) {
			joinTheWarmUpThreads();
			assertThat(server.getAllServeEvents()).isEmpty();
			assertThat(context.getBean(TokensApi.class).registriesTokensGet(registryId).total()).isZero();
			assertThat(server.getAllServeEvents()).hasSize(1);
		}
	}

	private static void joinTheWarmUpThreads() throws InterruptedException {
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().equals("ionos-registry-warm-up")) {
				thread.join(Duration.ofSeconds(10).toMillis());
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(classes = { IonosRegistryAutoConfiguration.class })
	static class AutoConfiguredApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(classes = { IonosRegistryAutoConfiguration.class })
	static class CountingApplication {

		@Bean
		CountingTokensApi countingTokensApi() {
			return new CountingTokensApi(TokensApi.builder()
				.apiUrl(server.baseUrl())
				.credentials(IonosCredentials.token("t"))
				.build());
		}

		@Bean
		org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> readiness(
				CountingTokensApi api) {
			return (event) -> api.ready = true;
		}

	}

	/** A TokensApi of the application's own that counts its warm-ups. */
	static final class CountingTokensApi implements TokensApi {

		private final TokensApi delegate;

		final AtomicInteger warmUps = new AtomicInteger();

		final CountDownLatch warmedUp = new CountDownLatch(1);

		volatile boolean ready;

		volatile boolean readyBeforeWarmUp;

		volatile String warmUpThread = "";

		CountingTokensApi(TokensApi delegate) {
			this.delegate = delegate;
		}

		@Override
		public void warmUp() {
			this.readyBeforeWarmUp = this.ready;
			this.warmUpThread = Thread.currentThread().getName();
			this.delegate.warmUp();
			this.warmUps.incrementAndGet();
			this.warmedUp.countDown();
		}

		@Override
		public void registriesTokensDelete(UUID registryId, UUID tokenId) {
			this.delegate.registriesTokensDelete(registryId, tokenId);
		}

		@Override
		public TokenResponse registriesTokensFindById(UUID registryId, UUID tokenId) {
			return this.delegate.registriesTokensFindById(registryId, tokenId);
		}

		@Override
		public TokensResponse registriesTokensGet(UUID registryId) {
			return this.delegate.registriesTokensGet(registryId);
		}

		@Override
		public TokensResponse registriesTokensGet(UUID registryId, TokensQuery query) {
			return this.delegate.registriesTokensGet(registryId, query);
		}

		@Override
		public TokenResponse registriesTokensPatch(UUID registryId, UUID tokenId, PatchTokenInput patchTokenInput) {
			return this.delegate.registriesTokensPatch(registryId, tokenId, patchTokenInput);
		}

		@Override
		public PostTokenOutput registriesTokensPost(UUID registryId, PostTokenInput postTokenInput) {
			return this.delegate.registriesTokensPost(registryId, postTokenInput);
		}

		@Override
		public PutTokenOutput registriesTokensPut(UUID registryId, UUID tokenId, PutTokenInput putTokenInput) {
			return this.delegate.registriesTokensPut(registryId, tokenId, putTokenInput);
		}

		@Override
		public Stream<TokenResponse> listAll(UUID registryId) {
			return this.delegate.listAll(registryId);
		}

		@Override
		public void close() {
			this.delegate.close();
		}

	}

}
