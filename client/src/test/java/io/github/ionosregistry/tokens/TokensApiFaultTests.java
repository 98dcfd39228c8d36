package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;
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
 * Faults of the network and of the server: each call ends in success after retries or in exactly one clear
 * exception, with a known number of requests on the server, and a create is never sent twice.
 */
@Timeout(60)
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TokensApiFaultTests {

	@Parameter
	HttpClientLibrary library;

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@RegisterExtension
	static final WireMockExtension otherHost = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static ResponseDefinitionBuilder token() {
		return okJson(TokenJson.token());
	}

	private static ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withHeader("Location", TOKEN_PATH)
			.withBody(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD));
	}

	private static ResponseDefinitionBuilder hang() {
		return token().withFixedDelay(2_000);
	}

	private static final RetrySettings RETRY = RetrySettings.defaults()
		.withInitialDelay(Duration.ofMillis(10))
		.withMaxDelay(Duration.ofMillis(1500));

	private static final PostTokenInput CREATE = PostTokenInput.of(PostTokenProperties.named("ci-push"));

	private void withApi(Consumer<TokensApi> test) {
		withApi(test, UnaryOperator.identity());
	}

	private void withApi(Consumer<TokensApi> test, UnaryOperator<RetrySettings> retry) {
		TestApis.with(TestApis.builder(server.baseUrl(), this.library)
			.readTimeout(Duration.ofMillis(400))
			.connectTimeout(Duration.ofSeconds(1))
			.retry(retry.apply(RETRY)), test);
	}

	/** The first request gets {@code first}, every later one {@code then}. */
	private static void firstThen(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first,
			ResponseDefinitionBuilder then) {
		server.stubFor(request.get().inScenario("fault")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(first)
			.willSetStateTo("recovered"));
		server.stubFor(request.get().inScenario("fault").whenScenarioStateIs("recovered").willReturn(then));
	}

	private static MappingBuilder getToken() {
		return WireMock.get(TOKEN_PATH);
	}

	private static MappingBuilder postToken() {
		return WireMock.post(TOKENS_PATH);
	}

	private static int requests() {
		return server.getAllServeEvents().size();
	}

	private static void findsTheTokenAfter(ResponseDefinitionBuilder fault) {
		firstThen(TokensApiFaultTests::getToken, fault, token());
	}

	private void assertFoundWithRequests(int expectedRequests) {
		withApi((api) -> assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID));
		assertThat(requests()).isEqualTo(expectedRequests);
	}

	@Test
	void getRecoversFromConnectionReset() {
		findsTheTokenAfter(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		assertFoundWithRequests(2);
	}

	@Test
	void getRecoversFromEmptyResponse() {
		findsTheTokenAfter(aResponse().withFault(Fault.EMPTY_RESPONSE));
		assertFoundWithRequests(2);
	}

	@Test
	void getRecoversFromRandomDataThenClose() {
		findsTheTokenAfter(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
		assertFoundWithRequests(2);
	}

	@Test
	void getMalformedChunkIsAnAnswerCutOffAndRepeatedLikeAReset() {
		server.stubFor(getToken().willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.withMessageStartingWith("GET " + server.baseUrl() + TOKEN_PATH + " failed: I/O error: "));
		assertThat(requests()).isEqualTo(4);
	}

	@Test
	void getRecoversFromDelayPastReadTimeout() {
		findsTheTokenAfter(hang());
		assertFoundWithRequests(2);
	}

	@Test
	void getThatAlwaysHangsEndsInOneExceptionAfterEveryAttempt() {
		server.stubFor(getToken().willReturn(hang()));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.withMessageContaining("I/O error")
			.withMessageContaining("imeout"));
		assertThat(requests()).isEqualTo(4);
	}

	@Test
	void getHonoursRetryAfterInSeconds() {
		findsTheTokenAfter(aResponse().withStatus(429).withHeader("Retry-After", "1"));
		assertFoundWithRequests(2);
		assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
	}

	@Test
	void getHonoursRetryAfterAsHttpDate() {
		// Four seconds ahead leaves room for the context to start before the first request; the wait that is
		// left is still far above the 10 ms the exponential back-off would wait.
		String inFourSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(4));
		findsTheTokenAfter(aResponse().withStatus(429).withHeader("Retry-After", inFourSeconds));
		withApi((api) -> assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID),
				(retry) -> retry.withMaxDelay(Duration.ofSeconds(10)));
		assertThat(requests()).isEqualTo(2);
		assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
	}

	@Test
	void retryAfterIsCappedByMaxDelay() {
		findsTheTokenAfter(aResponse().withStatus(503).withHeader("Retry-After", "3600"));
		assertFoundWithRequests(2);
		assertThat(gapBetweenFirstTwoRequests()).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void getRecoversFrom503() {
		findsTheTokenAfter(aResponse().withStatus(503));
		assertFoundWithRequests(2);
	}

	@Test
	void getRecoversFrom500() {
		findsTheTokenAfter(aResponse().withStatus(500).withBody(TokenJson.error(500, "E", "internal")));
		assertFoundWithRequests(2);
	}

	@Test
	void getRecoversFrom504() {
		findsTheTokenAfter(aResponse().withStatus(504));
		assertFoundWithRequests(2);
	}

	@Test
	void persistent502WithHtmlEndsInOneApiExceptionAfterEveryAttempt() {
		server.stubFor(getToken().willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Bad Gateway</body></html>")));
		withApi((api) -> {
			IonosApiException failure = org.assertj.core.api.Assertions.catchThrowableOfType(IonosApiException.class,
					() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
			assertThat(failure.getStatusCode().value()).isEqualTo(502);
			assertThat(failure.getResponseBody()).isEqualTo("<html><body>Bad Gateway</body></html>");
		});
		assertThat(requests()).isEqualTo(4);
	}

	@Test
	void persistentConnectionResetEndsInOneCommunicationException() {
		server.stubFor(getToken().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID)));
		// The JDK client itself sends a GET once more when a reused connection turns out closed before any answer.
		assertThat(requests()).isEqualTo((this.library == HttpClientLibrary.JDK) ? 8 : 4);
	}

	@Test
	void malformedJsonIsOneCommunicationExceptionWithoutRetry() {
		server.stubFor(getToken().willReturn(okJson("{ \"id\": \"" + TOKEN_ID + "\", \"properties\": { ")));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.withMessageContaining("the answer could not be read"));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void emptyOkBodyIsOneCommunicationException() {
		server.stubFor(getToken().willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.withMessageContaining("had no body"));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void unknownFieldsAreIgnored() {
		server.stubFor(getToken().willReturn(okJson("{ \"id\": \"" + TOKEN_ID
				+ "\", \"brandNew\": [1, 2], \"properties\": { \"name\": \"n\", \"future\": {} } }")));
		assertFoundWithRequests(1);
	}

	@Test
	void unauthorizedIsNotRetried() {
		server.stubFor(getToken().willReturn(aResponse().withStatus(401)));
		withApi((api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.satisfies((ex) -> assertThat(ex.isUnauthorized()).isTrue()));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void connectionRefusedIsRetriedThenOneCommunicationException() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		TestApis.with(TestApis.builder("http://127.0.0.1:" + closedPort, this.library).retry(RETRY.withMaxRetries(2)), (api) -> {
			assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
				.withMessageContaining("I/O error")
				.withMessageContaining("refused");
			assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> api.registriesTokensPost(REGISTRY_ID, CREATE))
				.withMessageContaining("refused");
		});
	}

	@Test
	void postIsNotReplayedAfterConnectionReset() {
		server.stubFor(postToken().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensPost(REGISTRY_ID, CREATE)));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void postIsNotReplayedAfterReadTimeout() {
		server.stubFor(postToken().willReturn(created().withFixedDelay(2_000)));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensPost(REGISTRY_ID, CREATE)));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void postIsNotReplayedAfter503() {
		server.stubFor(postToken().willReturn(aResponse().withStatus(503)));
		withApi((api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.registriesTokensPost(REGISTRY_ID, CREATE))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503)));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void postIsRepeatedAfter429BecauseTheServiceRefusedItUnprocessed() {
		firstThen(TokensApiFaultTests::postToken, aResponse().withStatus(429).withHeader("Retry-After", "0"),
				created());
		withApi((api) -> assertThat(api.registriesTokensPost(REGISTRY_ID, CREATE).id()).isEqualTo(TOKEN_ID));
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void postIsReplayedWhenOptedIn() {
		firstThen(TokensApiFaultTests::postToken, aResponse().withStatus(503), created());
		withApi((api) -> assertThat(api.registriesTokensPost(REGISTRY_ID, CREATE).id()).isEqualTo(TOKEN_ID),
				(retry) -> retry.withRetryPost(true));
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void createdWithoutBodyIsOneExceptionNamingTheLocation() {
		server.stubFor(postToken().willReturn(aResponse().withStatus(201).withHeader("Location", TOKEN_PATH)));
		withApi((api) -> assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> api.registriesTokensPost(REGISTRY_ID, CREATE))
			.withMessageContaining("201 had no body")
			.withMessageContaining("Location: " + TOKEN_PATH));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void putRecoversFrom503AndSendsTheSameBodyAgain() {
		firstThen(() -> WireMock.put(TOKEN_PATH), aResponse().withStatus(503), created());
		withApi((api) -> assertThat(api
			.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(PostTokenProperties.named("ci-push")))
			.id()).isEqualTo(TOKEN_ID));
		List<LoggedRequest> requests = server.findAll(WireMock.putRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).getBodyAsString()).isEqualTo(requests.get(1).getBodyAsString())
			.contains("ci-push");
	}

	@Test
	void putIsNotRetriedOn500() {
		server.stubFor(WireMock.put(TOKEN_PATH).willReturn(aResponse().withStatus(500)));
		withApi((api) -> assertThatExceptionOfType(IonosApiException.class).isThrownBy(() -> api
			.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(PostTokenProperties.named("ci-push")))));
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void patchRecoversFromConnectionReset() {
		firstThen(() -> WireMock.patch(WireMock.urlEqualTo(TOKEN_PATH)),
				aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), token());
		withApi((api) -> assertThat(api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, PatchTokenInput.disable())
			.properties()
			.status()).isEqualTo(TokenStatus.ENABLED));
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void deleteRecoversFrom504() {
		firstThen(() -> WireMock.delete(TOKEN_PATH), aResponse().withStatus(504), aResponse().withStatus(204));
		withApi((api) -> api.registriesTokensDelete(REGISTRY_ID, TOKEN_ID));
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void listRecoversFromEmptyResponse() {
		firstThen(() -> WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)), aResponse().withFault(Fault.EMPTY_RESPONSE),
				okJson(TokenJson.page(0, 100, 3)));
		withApi((api) -> assertThat(api.listAll(REGISTRY_ID)).hasSize(3));
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void disabledRetryMakesOneAttempt() {
		server.stubFor(getToken().willReturn(aResponse().withStatus(503)));
		withApi((api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID)),
				(retry) -> RetrySettings.never());
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	void maxRetriesBoundsTheAttempts() {
		server.stubFor(getToken().willReturn(aResponse().withStatus(503)));
		withApi((api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID)),
				(retry) -> retry.withMaxRetries(1));
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void redirectIsNotFollowedWithCredentials() {
		server.stubFor(getToken().willReturn(aResponse().withStatus(302)
			.withHeader("Location", otherHost.baseUrl() + TOKEN_PATH)));
		otherHost.stubFor(getToken().willReturn(token()));
		withApi((api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(302)));
		assertThat(requests()).isEqualTo(1);
		assertThat(otherHost.getAllServeEvents()).isEmpty();
	}

	@Test
	void createAnswerIsReadOnceWithItsPassword() {
		server.stubFor(postToken().willReturn(created()));
		withApi((api) -> {
			PostTokenOutput created = api.registriesTokensPost(REGISTRY_ID, CREATE);
			assertThat(created.properties().credentials().password()).isEqualTo(ONE_TIME_PASSWORD);
		});
		assertThat(requests()).isEqualTo(1);
	}

	private static Duration gapBetweenFirstTwoRequests() {
		List<LoggedRequest> requests = server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
		List<Long> times = requests.stream().map((request) -> request.getLoggedDate().getTime()).sorted().toList();
		return Duration.ofMillis(times.get(1) - times.get(0));
	}

}
