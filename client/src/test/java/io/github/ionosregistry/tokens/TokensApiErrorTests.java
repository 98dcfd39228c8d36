package io.github.ionosregistry.tokens;

import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.ApiErrorMessage;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every answer that is not 2xx becomes one {@link IonosApiException}, whatever its body, and never shows
 * credentials.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TokensApiErrorTests {

	@Parameter
	HttpClientLibrary library;

	private static final String API_TOKEN = "very-secret-api-token";

	private static final String PASSWORD = "very-secret-password";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private IonosApiException findByIdFailure(ResponseDefinitionBuilder answer) {
		return findByIdFailure(answer, IonosCredentials.token(API_TOKEN));
	}

	private IonosApiException findByIdFailure(ResponseDefinitionBuilder answer, IonosCredentials credentials) {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(answer));
		IonosApiException[] failure = new IonosApiException[1];
		withApi((api) -> failure[0] = catchThrowableOfType(IonosApiException.class,
				() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID)), credentials);
		assertThat(failure[0]).isNotNull();
		assertThat(failure[0].getMethod()).isEqualTo(HttpMethod.GET);
		assertThat(failure[0].getUri()).hasToString(server.baseUrl() + TOKEN_PATH);
		assertThat(failure[0].toString()).doesNotContain(API_TOKEN, PASSWORD);
		return failure[0];
	}

	private void withApi(Consumer<TokensApi> test, IonosCredentials credentials) {
		TestApis.with(TestApis.builder(server.baseUrl(), this.library).credentials(credentials).retry(RetrySettings.never()), test);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 500 })
	void apiErrorResponseBodyGivesStatusAndMessages(int status) {
		IonosApiException failure = findByIdFailure(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(TokenJson.error(status, "E" + status, "problem number " + status)));
		assertThat(failure.getStatusCode().value()).isEqualTo(status);
		assertThat(failure.getMessages()).containsExactly(new ApiErrorMessage("E" + status, "problem number " + status));
		assertThat(failure.getResponseBody()).isNull();
		assertThat(failure.getMessage()).contains("GET ", TOKEN_PATH, " answered " + status,
				"[E" + status + "] problem number " + status);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 500 })
	void htmlBodyIsKeptAsText(int status) {
		IonosApiException failure = findByIdFailure(aResponse().withStatus(status)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>Gateway says no</h1></body></html>"),
				IonosCredentials.usernamePassword("u", PASSWORD));
		assertThat(failure.getStatusCode().value()).isEqualTo(status);
		assertThat(failure.getMessages()).isEmpty();
		assertThat(failure.getResponseBody()).isEqualTo("<html><body><h1>Gateway says no</h1></body></html>");
		assertThat(failure.getMessage()).contains(" answered " + status, "Gateway says no");
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 500 })
	void emptyBodyGivesTheStatusAlone(int status) {
		IonosApiException failure = findByIdFailure(aResponse().withStatus(status));
		assertThat(failure.getStatusCode().value()).isEqualTo(status);
		assertThat(failure.getMessages()).isEmpty();
		assertThat(failure.getResponseBody()).isNull();
		assertThat(failure.getMessage()).endsWith(" answered " + status + " "
				+ org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
	}

	@Test
	void helpersNameTheStatus() {
		assertThat(findByIdFailure(aResponse().withStatus(404)).isNotFound()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(409)).isConflict()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(400)).isBadRequest()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(401)).isUnauthorized()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(403)).isForbidden()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(429)).isTooManyRequests()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(503)).isServerError()).isTrue();
		assertThat(findByIdFailure(aResponse().withStatus(404)).isConflict()).isFalse();
	}

	@Test
	void longBodiesAreCut() {
		IonosApiException failure = findByIdFailure(aResponse().withStatus(502).withBody("x".repeat(10_000)));
		assertThat(failure.getResponseBody()).hasSize(503).endsWith("...");
	}

	@Test
	void conflictOnCreateIsOneException() {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.error(409, "TOKEN_EXISTS", "a token named ci-push exists"))));
		withApi((api) -> {
			IonosApiException failure = catchThrowableOfType(IonosApiException.class, () -> api
				.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named("ci-push"))));
			assertThat(failure.isConflict()).isTrue();
			assertThat(failure.getMethod()).isEqualTo(HttpMethod.POST);
			assertThat(failure.getMessages())
				.isEqualTo(List.of(new ApiErrorMessage("TOKEN_EXISTS", "a token named ci-push exists")));
		}, IonosCredentials.token(API_TOKEN));
	}

}
