package io.github.ionosregistry.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.autoconfigure.connection.ConnectionFailureAnalyzers;
import io.github.ionosregistry.autoconfigure.connection.MissingIonosCredentialsException;
import io.github.ionosregistry.tokens.TokenJson;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link IonosRegistryAutoConfiguration}.
 */
class IonosRegistryAutoConfigurationTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = IonosRegistryTestContexts.runner();

	private static String apiUrl() {
		return "ionos.registry.api-url=" + server.baseUrl();
	}

	private static void listTokens(AssertableApplicationContext context) {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 0))));
		TokensResponse page = context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID);
		assertThat(page.total()).isZero();
	}

	private static void assertAuthorization(String expected) {
		server.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH))
			.withHeader("Authorization", equalTo(expected)));
	}

	@Test
	void tokenGivesTokensApiSendingBearer() {
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc").run((context) -> {
			assertThat(context).hasSingleBean(TokensApi.class);
			listTokens(context);
		});
		assertAuthorization("Bearer abc");
	}

	@Test
	void usernameAndPasswordGiveTokensApiSendingBasic() {
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.username=u", "ionos.registry.password=p")
			.run((context) -> {
				assertThat(context).hasSingleBean(TokensApi.class);
				listTokens(context);
			});
		assertAuthorization("Basic dTpw");
	}

	@Test
	void tokenWinsOverUsernameAndPassword() {
		this.contextRunner
			.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "ionos.registry.username=u",
					"ionos.registry.password=p")
			.run(IonosRegistryAutoConfigurationTests::listTokens);
		assertAuthorization("Bearer abc");
	}

	@Test
	void disabledGivesNoTokensApi() {
		this.contextRunner.withPropertyValues("ionos.registry.enabled=false", "ionos.registry.token=abc")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TokensApi.class));
	}

	@Test
	void disabledNeedsNoCredentials() {
		this.contextRunner.withPropertyValues("ionos.registry.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TokensApi.class));
	}

	@Test
	void userTokensApiWins() {
		TokensApi own = mock(TokensApi.class);
		this.contextRunner.withBean(TokensApi.class, () -> own)
			.run((context) -> assertThat(context).hasNotFailed().getBean(TokensApi.class).isSameAs(own));
	}

	@Test
	void environmentVariablesAreTheFallback() {
		// A bare host gets the API's path, as the IONOS tools append it (see IonosApiUrlTests).
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo("/containerregistries" + TOKENS_PATH))
			.willReturn(okJson(TokenJson.page(0, 100, 0))));
		this.contextRunner.withPropertyValues("IONOS_API_URL=" + server.baseUrl(), "IONOS_TOKEN=from-env")
			.run((context) -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/containerregistries" + TOKENS_PATH))
			.withHeader("Authorization", equalTo("Bearer from-env")));
	}

	@Test
	void environmentUsernameAndPasswordAreTheFallback() {
		this.contextRunner.withPropertyValues(apiUrl(), "IONOS_USERNAME=u", "IONOS_PASSWORD=p")
			.run(IonosRegistryAutoConfigurationTests::listTokens);
		assertAuthorization("Basic dTpw");
	}

	@Test
	void propertiesOverrideEnvironmentVariables() {
		this.contextRunner
			.withPropertyValues("IONOS_API_URL=https://unused.example.com", "IONOS_TOKEN=from-env", apiUrl(),
					"ionos.registry.token=from-properties")
			.run(IonosRegistryAutoConfigurationTests::listTokens);
		assertAuthorization("Bearer from-properties");
	}

	@Test
	void noCredentialsFailsWithAnAnalysisNamingTheProperties() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MissingIonosCredentialsException.class);
			FailureAnalysis analysis = ConnectionFailureAnalyzers.missingCredentials()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("ionos.registry.token", "IONOS_TOKEN",
					"ionos.registry.username", "ionos.registry.password");
			assertThat(analysis.getAction()).contains("ionos.registry.token", "IONOS_TOKEN",
					"ionos.registry.username", "ionos.registry.password", "IONOS_USERNAME", "IONOS_PASSWORD");
		});
	}

	@Test
	void usernameWithoutPasswordIsNamedInTheAnalysis() {
		this.contextRunner.withPropertyValues("ionos.registry.username=u").run((context) -> {
			FailureAnalysis analysis = ConnectionFailureAnalyzers.missingCredentials()
				.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("A user name is set but no password.");
		});
	}

	@Test
	void failureAnalyzerIsRegistered() throws Exception {
		assertThat(new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes()))
			.contains(ConnectionFailureAnalyzers.missingCredentialsName());
	}

	@Test
	void bootRestClientCustomizerAndOursBothReachTheClientOursLast() {
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run(IonosRegistryAutoConfigurationTests::listTokens);
		server.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH))
			.withHeader("X-Boot-Customizer", equalTo("applied"))
			.withHeader("X-Ours", equalTo("applied"))
			.withHeader("User-Agent", equalTo("set-by-our-customizer")));
	}

	@Test
	void builderCustomizersApplyInTheirOrderAfterTheProperties() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(WireMock.serviceUnavailable()));
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "ionos.registry.retry.max-retries=5")
			.withUserConfiguration(RetryCustomizerConfiguration.class)
			.run((context) -> assertThatExceptionOfType(IonosApiException.class)
				.isThrownBy(() -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID))
				.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503)));
		server.verify(2, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH)));
	}

	@Test
	void userAgentIsConfigurable() {
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "ionos.registry.user-agent=ci-bot/2")
			.run(IonosRegistryAutoConfigurationTests::listTokens);
		server.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH))
			.withHeader("User-Agent", equalTo("ci-bot/2")));
	}

	@Test
	void registryIdIsBound() {
		UUID registryId = UUID.randomUUID();
		this.contextRunner.withPropertyValues("ionos.registry.token=abc", "ionos.registry.registry-id=" + registryId)
			.run((context) -> assertThat(context.getBean(IonosRegistryProperties.class).getRegistryId())
				.isEqualTo(registryId));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components", "simple" })
	void everyRequestFactoryBootOffersGetsTheToken(String factory) {
		server.stubFor(WireMock.get(TokenJson.TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		this.contextRunner
			.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "spring.http.clients.imperative.factory=" + factory)
			.run((context) -> assertThat(context.getBean(TokensApi.class)
				.registriesTokensFindById(REGISTRY_ID, TokenJson.TOKEN_ID)
				.id()).isEqualTo(TokenJson.TOKEN_ID));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TokenJson.TOKEN_PATH))
			.withHeader("Authorization", equalTo("Bearer abc")));
	}

	@Test
	void jdkClientSendsBodiesOverPlainHttp() {
		server.stubFor(WireMock.patch(WireMock.urlEqualTo(TokenJson.TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		this.contextRunner
			.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "spring.http.clients.imperative.factory=jdk")
			.run((context) -> context.getBean(TokensApi.class)
				.registriesTokensPatch(REGISTRY_ID, TokenJson.TOKEN_ID, PatchTokenInput.disable()));
		server.verify(1, WireMock.patchRequestedFor(WireMock.urlEqualTo(TokenJson.TOKEN_PATH))
			.withRequestBody(WireMock.equalToJson("{ \"status\": \"disabled\" }")));
	}

	@Test
	void bootObservationsRecordTheCalls() {
		List<String> observed = new CopyOnWriteArrayList<>();
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					RestClientObservationAutoConfiguration.class))
			.withBean(ObservationHandler.class, () -> new ObservationHandler<ClientRequestObservationContext>() {

				@Override
				public void onStop(ClientRequestObservationContext context) {
					observed.add(context.getCarrier().getMethod() + " " + context.getCarrier().getURI().getPath());
				}

				@Override
				public boolean supportsContext(Observation.Context context) {
					return context instanceof ClientRequestObservationContext;
				}

			})
			.withPropertyValues(apiUrl(), "ionos.registry.token=abc")
			.run(IonosRegistryAutoConfigurationTests::listTokens);
		assertThat(observed).containsExactly("GET " + TOKENS_PATH);
	}

	@Test
	void anApplicationsOwnRestClientBuilderGetsNothingOfTheClient() {
		server.stubFor(WireMock.get("/other-service/ping").willReturn(aResponse().withStatus(200)));
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=the-ionos-token")
			.withBean(RestClient.Builder.class, RestClient::builder)
			.run((context) -> {
				listTokens(context);
				RestClient otherService = context.getBean(RestClient.Builder.class).build();
				otherService.get().uri(server.baseUrl() + "/other-service/ping").retrieve().toBodilessEntity();
			});
		List<LoggedRequest> toOtherService = server.findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching("/other-service.*")));
		assertThat(toOtherService).singleElement().satisfies((request) -> {
			assertThat(request.getUrl()).isEqualTo("/other-service/ping");
			assertThat(request.containsHeader("Authorization")).isFalse();
			assertThat(request.getHeader("User-Agent")).doesNotContain("ionos-registry");
		});
	}

	@Test
	void connectionDetailsOfTheApplicationWinOverTheProperties() {
		IonosRegistryConnectionDetails own = new IonosRegistryConnectionDetails() {

			@Override
			public String getApiUrl() {
				return server.baseUrl();
			}

			@Override
			public IonosCredentialsProvider getCredentialsProvider() {
				return IonosCredentialsProvider.of(IonosCredentials.token("from-connection-details"));
			}

		};
		this.contextRunner
			.withPropertyValues("ionos.registry.api-url=https://unused.example.com", "ionos.registry.token=from-properties")
			.withBean(IonosRegistryConnectionDetails.class, () -> own)
			.run((context) -> {
				assertThat(context).hasSingleBean(IonosRegistryConnectionDetails.class);
				listTokens(context);
			});
		assertAuthorization("Bearer from-connection-details");
	}

	@Test
	void connectionDetailsNeedNoCredentialsWhenTheApplicationHasItsOwnTokensApi() {
		this.contextRunner.withBean(TokensApi.class, () -> mock(TokensApi.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(IonosRegistryConnectionDetails.class));
	}

	@Test
	void registryIdGivesRegistryTokensForThatRegistry() {
		this.contextRunner
			.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "ionos.registry.registry-id=" + REGISTRY_ID)
			.run((context) -> {
				RegistryTokens tokens = context.getBean(RegistryTokens.class);
				assertThat(tokens.registryId()).isEqualTo(REGISTRY_ID);
				server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH))
					.willReturn(okJson(TokenJson.page(0, 100, 2))));
				assertThat(tokens.list()).hasSize(2);
			});
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=0&limit=100")));
	}

	@Test
	void bootsRestClientBuilderIsMadeOnceForAllTheClientsAndOnlyWhenTheyAreFirstUsed() {
		AtomicInteger bootBuilders = new AtomicInteger();
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc", "ionos.registry.warm-up=false")
			.withBean(RestClientCustomizer.class, () -> (builder) -> bootBuilders.incrementAndGet())
			.run((context) -> {
				assertThat(context).hasSingleBean(TokensApi.class).hasSingleBean(RegistriesApi.class);
				assertThat(bootBuilders).as("at start-up: no HTTP client, no RestClient").hasValue(0);
				context.getBean(TokensApi.class).warmUp();
				assertThat(context.getBean(RegistriesApi.class)).isNotNull();
				assertThat(bootBuilders).hasValue(1);
			});
	}

	@Test
	void noRegistryIdGivesNoRegistryTokens() {
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc")
			.run((context) -> assertThat(context).hasSingleBean(TokensApi.class).doesNotHaveBean(RegistryTokens.class));
	}

	@ParameterizedTest
	@CsvSource({ "3, 3", "12, 12" })
	void maxConnectionsBoundsApacheHttpClientsPool(int maxConnections, int expectedMostInFlight) throws Exception {
		try (ConcurrencyRecordingServer slowServer = new ConcurrencyRecordingServer(expectedMostInFlight)) {
			this.contextRunner
				.withPropertyValues("ionos.registry.api-url=" + slowServer.baseUrl(), "ionos.registry.token=abc",
						"ionos.registry.max-connections=" + maxConnections)
				.run((context) -> findConcurrently(context.getBean(TokensApi.class), 12));
			// The LAX pool keeps its limit loosely (a lease racing a release may open one more), as documented.
			assertThat(slowServer.mostInFlight()).isBetween(expectedMostInFlight,
					Math.min(12, expectedMostInFlight * 2));
		}
	}

	@Test
	void defaultPoolAllowsMoreThanApacheHttpClientsFiveConnections() throws Exception {
		try (ConcurrencyRecordingServer slowServer = new ConcurrencyRecordingServer(12)) {
			this.contextRunner.withPropertyValues("ionos.registry.api-url=" + slowServer.baseUrl(),
					"ionos.registry.token=abc")
				.run((context) -> findConcurrently(context.getBean(TokensApi.class), 12));
			assertThat(slowServer.mostInFlight()).isGreaterThan(5);
		}
	}

	private static void findConcurrently(TokensApi api, int callers) {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				calls.add(executor.submit(() -> {
					start.await();
					return api.registriesTokensFindById(REGISTRY_ID, TokenJson.TOKEN_ID);
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				call.get(30, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void theHttpClientIsClosedWithTheContext() {
		AtomicReference<TokensApi> api = new AtomicReference<>();
		this.contextRunner.withPropertyValues(apiUrl(), "ionos.registry.token=abc").run((context) -> {
			api.set(context.getBean(TokensApi.class));
			listTokens(context);
		});
		assertThatIllegalStateException().isThrownBy(() -> api.get().registriesTokensGet(REGISTRY_ID))
			.withMessage("The TokensApi has been closed");
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		RestClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied")
				.defaultHeader("User-Agent", "set-by-boot-customizer");
		}

		@Bean
		TokensApiBuilderCustomizer ourCustomizer() {
			return (builder) -> builder.customizeRestClient((restClient) -> restClient.defaultHeader("X-Ours", "applied")
				.defaultHeaders((headers) -> headers.set("User-Agent", "set-by-our-customizer")));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RetryCustomizerConfiguration {

		@Bean
		@Order(2)
		TokensApiBuilderCustomizer noRetries() {
			return (builder) -> builder.retry(RetrySettings.never());
		}

		@Bean
		@Order(1)
		TokensApiBuilderCustomizer twoRetriesWithoutWaiting() {
			return (builder) -> builder.retry(RetrySettings.defaults()
				.withMaxRetries(2)
				.withInitialDelay(Duration.ofMillis(1))
				.withMaxDelay(Duration.ofMillis(1)));
		}

		@Bean
		@Order(3)
		TokensApiBuilderCustomizer oneRetryWithoutWaiting() {
			return (builder) -> builder.retry(RetrySettings.defaults()
				.withMaxRetries(1)
				.withInitialDelay(Duration.ofMillis(1))
				.withMaxDelay(Duration.ofMillis(1)));
		}

	}

}
