package io.github.ionosregistry.autoconfigure;

import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.ONE_TIME_PASSWORD;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured client on each HTTP client library Spring Boot offers
 * ({@code spring.http.clients.imperative.factory}): bodies go out with a {@code Content-Length}, never chunked, and
 * the read time-out applies.
 */
class HttpClientLibrariesTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static void withApi(String factory, Consumer<TokensApi> test, String... properties) {
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"spring.http.clients.imperative.factory=" + factory, "ionos.registry.retry.initial-delay=10ms")
			.withPropertyValues(properties)
			.run((context) -> test.accept(context.getBean(TokensApi.class)));
	}

	private static void assertSentWithContentLength(LoggedRequest request) {
		assertThat(request.containsHeader("Transfer-Encoding")).as("Transfer-Encoding").isFalse();
		assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(request.getBody().length));
		assertThat(request.getBody()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "jetty", "reactor", "simple" })
	void postAndPutBodiesGoOutWithContentLength(String factory) {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(okJson(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD)).withStatus(201)));
		server.stubFor(WireMock.put(TOKEN_PATH)
			.willReturn(okJson(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD)).withStatus(201)));
		withApi(factory, (api) -> {
			api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named("ci-push")));
			api.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(PostTokenProperties.named("ci-push")));
		});
		assertThat(server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(TOKENS_PATH))))
			.singleElement()
			.satisfies(HttpClientLibrariesTests::assertSentWithContentLength);
		assertThat(server.findAll(WireMock.putRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))))
			.singleElement()
			.satisfies(HttpClientLibrariesTests::assertSentWithContentLength);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "jetty", "reactor" })
	void patchBodiesGoOutWithContentLength(String factory) {
		server.stubFor(WireMock.patch(WireMock.urlEqualTo(TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		withApi(factory, (api) -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, PatchTokenInput.disable()));
		assertThat(server.findAll(WireMock.patchRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))))
			.singleElement()
			.satisfies(HttpClientLibrariesTests::assertSentWithContentLength);
	}

	@ParameterizedTest
	@ValueSource(strings = { "simple" })
	void httpUrlConnectionCannotSendPatch(String factory) {
		withApi(factory, (api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, PatchTokenInput.disable()))
			.withMessageContaining("PATCH"));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "jetty", "reactor", "simple" })
	void theReadTimeoutApplies(String factory) {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token()).withFixedDelay(2_000)));
		withApi(factory, (api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.withMessageContaining("I/O error"), "ionos.registry.read-timeout=300ms",
				"ionos.registry.retry.max-retries=1");
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http-components", "jdk", "jetty", "reactor", "simple" })
	void aCreateAnswerIsReadWhole(String factory) {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD))));
		withApi(factory, (api) -> assertThat(
				api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named("ci-push")))
					.properties()
					.credentials()
					.password()).isEqualTo(ONE_TIME_PASSWORD));
	}

}
