package io.github.ionosregistry.autoconfigure;

import java.util.List;
import java.util.function.Consumer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What an application with Boot's metrics sees of the client: every request in {@code http.client.requests} under
 * its operation's URI template, and every repeat as a wait in {@code ionos.registry.retries} and one DEBUG line.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokensApiObservabilityTests {

	private static final String TOKENS_TEMPLATE = "/registries/{registryId}/tokens";

	private static final String TOKEN_TEMPLATE = TOKENS_TEMPLATE + "/{tokenId}";

	private static final String RETRY_LOGGER = "io.github.ionosregistry.tokens";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private Level retryLoggerLevel;

	@BeforeEach
	void debugTheClient() {
		Logger logger = (Logger) LoggerFactory.getLogger(RETRY_LOGGER);
		this.retryLoggerLevel = logger.getLevel();
		logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void restoreLogging() {
		((Logger) LoggerFactory.getLogger(RETRY_LOGGER)).setLevel(this.retryLoggerLevel);
	}

	private void withMetrics(Consumer<TokensApi> calls, Consumer<MeterRegistry> metrics) {
		IonosRegistryTestContexts.runner()
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, RestClientObservationAutoConfiguration.class))
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"ionos.registry.retry.initial-delay=20ms")
			.run((context) -> {
				calls.accept(context.getBean(TokensApi.class));
				metrics.accept(context.getBean(MeterRegistry.class));
			});
	}

	private static List<Timer> requests(MeterRegistry meters) {
		return List.copyOf(meters.find("http.client.requests").timers());
	}

	@Test
	void everyOperationIsMeasuredUnderItsUriTemplate() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 1))));
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		server.stubFor(WireMock.post(TOKENS_PATH).willReturn(okJson(TokenJson.token(TOKEN_ID, "ci-push", TokenJson.ONE_TIME_PASSWORD)).withStatus(201)));
		server.stubFor(WireMock.put(TOKEN_PATH).willReturn(okJson(TokenJson.token()).withStatus(201)));
		server.stubFor(WireMock.patch(WireMock.urlEqualTo(TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		server.stubFor(WireMock.delete(TOKEN_PATH).willReturn(aResponse().withStatus(204)));
		PostTokenProperties token = PostTokenProperties.named("ci-push");
		withMetrics((api) -> {
			api.registriesTokensGet(REGISTRY_ID);
			api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
			api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(token));
			api.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(token));
			api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, PatchTokenInput.disable());
			api.registriesTokensDelete(REGISTRY_ID, TOKEN_ID);
		}, (meters) -> assertThat(requests(meters))
			.extracting((timer) -> timer.getId().getTag("method"), (timer) -> timer.getId().getTag("uri"),
					Timer::count)
			.containsExactlyInAnyOrder(tuple("GET", TOKENS_TEMPLATE, 1L), tuple("GET", TOKEN_TEMPLATE, 1L),
					tuple("POST", TOKENS_TEMPLATE, 1L), tuple("PUT", TOKEN_TEMPLATE, 1L),
					tuple("PATCH", TOKEN_TEMPLATE, 1L), tuple("DELETE", TOKEN_TEMPLATE, 1L)));
	}

	@Test
	void aRepeatIsARequestOfItsOwnAWaitInTheRetryMetricAndOneDebugLine(CapturedOutput output) {
		server.stubFor(WireMock.get(TOKEN_PATH)
			.inScenario("503 then 200")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		server.stubFor(WireMock.get(TOKEN_PATH)
			.inScenario("503 then 200")
			.whenScenarioStateIs("up")
			.willReturn(okJson(TokenJson.token())));
		withMetrics((api) -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID), (meters) -> {
			assertThat(requests(meters))
				.extracting((timer) -> timer.getId().getTag("uri"), (timer) -> timer.getId().getTag("status"),
						(timer) -> timer.getId().getTag("outcome"), Timer::count)
				.containsExactlyInAnyOrder(tuple(TOKEN_TEMPLATE, "503", "SERVER_ERROR", 1L),
						tuple(TOKEN_TEMPLATE, "200", "SUCCESS", 1L));
			Timer retries = meters.get("ionos.registry.retries").timer();
			assertThat(retries.getId().getTags()).extracting("key", "value")
				.contains(tuple("method", "GET"), tuple("uri", TOKEN_TEMPLATE), tuple("reason", "503"));
			assertThat(retries.count()).isOne();
		});
		assertThat(output.getOut().lines().filter((line) -> line.contains("attempt 2 of 4")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("DEBUG", "GET " + TOKEN_TEMPLATE + " failed (503)",
					" ms"));
	}

}
