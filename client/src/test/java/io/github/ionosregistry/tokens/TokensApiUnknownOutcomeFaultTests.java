package io.github.ionosregistry.tokens;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;


import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.ONE_TIME_PASSWORD;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Calls whose first attempt ended with an unknown outcome: a lost answer is not reported as a failure when the repeat
 * shows the call succeeded, a create is repeated only when it certainly had no effect, and the safe create always
 * ends with the password and no token left behind.
 */
@Timeout(60)
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TokensApiUnknownOutcomeFaultTests {

	@Parameter
	HttpClientLibrary library;

	private static final String ANY_TOKEN = TOKENS_PATH + "/[0-9a-f-]{36}";

	private static final PostTokenProperties CI_PUSH = PostTokenProperties.named("ci-push");

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private void withApi(String apiUrl, Consumer<TokensApi> test) {
		TestApis.with(TestApis.builder(apiUrl, this.library)
			.readTimeout(Duration.ofMillis(500))
			.retry(RetrySettings.defaults()
				.withInitialDelay(Duration.ofMillis(10))
				.withMaxDelay(Duration.ofMillis(100))), test);
	}

	private static ResponseDefinitionBuilder token(int status, String password) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(TokenJson.token(TOKEN_ID, "ci-push", password));
	}

	private static MappingBuilder putAnyToken() {
		return WireMock.put(WireMock.urlPathMatching(ANY_TOKEN));
	}

	/** Answers the requests in turn, one answer each, whatever their method. */
	private static void inTurn(List<MappingBuilder> requests, List<ResponseDefinitionBuilder> answers) {
		for (int i = 0; i < requests.size(); i++) {
			server.stubFor(requests.get(i)
				.inScenario("in turn")
				.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "step " + i)
				.willReturn(answers.get(i))
				.willSetStateTo("step " + (i + 1)));
		}
	}

	private static List<String> methodsSent() {
		// WireMock lists the latest request first.
		List<String> methods = new ArrayList<>(server.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map((request) -> request.getMethod().getName())
			.toList());
		Collections.reverse(methods);
		return methods;
	}

	@Test
	void aDeleteWhoseAnswerWasLostAndWhoseRepeatFindsNoTokenSucceeds() {
		inTurn(List.of(WireMock.delete(TOKEN_PATH), WireMock.delete(TOKEN_PATH)),
				List.of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withStatus(404)));
		withApi(server.baseUrl(), (api) -> api.registriesTokensDelete(REGISTRY_ID, TOKEN_ID));
		assertThat(methodsSent()).containsExactly("DELETE", "DELETE");
	}

	@Test
	void aDeleteThatFindsNoTokenAtItsFirstAttemptFails() {
		server.stubFor(WireMock.delete(TOKEN_PATH).willReturn(aResponse().withStatus(404)));
		withApi(server.baseUrl(), (api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.registriesTokensDelete(REGISTRY_ID, TOKEN_ID))
			.satisfies((ex) -> assertThat(ex.isNotFound()).isTrue()));
		assertThat(methodsSent()).containsExactly("DELETE");
	}

	@Test
	void aPostOnARefusedConnectionIsSentOnceTheServerIsUp() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		WireMockServer late = new WireMockServer(wireMockConfig().port(port));
		late.stubFor(WireMock.post(TOKENS_PATH).willReturn(token(201, ONE_TIME_PASSWORD)));
		ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor();
		try (LogCapture log = LogCapture.debug("io.github.ionosregistry.tokens")) {
			TestApis.with(TestApis.builder("http://127.0.0.1:" + port, this.library)
				.retry(RetrySettings.defaults().withInitialDelay(Duration.ofSeconds(1)).withMaxDelay(Duration.ofSeconds(3))),
					(api) -> {
						starter.schedule(late::start, 300, TimeUnit.MILLISECONDS);
						assertThat(api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(CI_PUSH)).hasPassword())
							.isTrue();
					});
			assertThat(late.getAllServeEvents()).hasSize(1);
			assertThat(log.text()).contains("POST /registries/{registryId}/tokens failed (", "ConnectException); attempt 2");
		}
		finally {
			starter.shutdownNow();
			late.stop();
		}
	}

	@Test
	void theSafeCreateWhoseCreatingAnswerWasLostCreatesTheTokenAgainForItsPassword() {
		inTurn(List.of(putAnyToken(), putAnyToken(), WireMock.delete(WireMock.urlPathMatching(ANY_TOKEN)), putAnyToken()),
				List.of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), token(201, ""), aResponse().withStatus(204),
						token(201, ONE_TIME_PASSWORD)));
		withApi(server.baseUrl(), (api) -> {
			PutTokenOutput created = api.createToken(REGISTRY_ID, CI_PUSH);
			assertThat(created.properties().credentials().password()).isEqualTo(ONE_TIME_PASSWORD);
		});
		assertThat(methodsSent()).containsExactly("PUT", "PUT", "DELETE", "PUT");
		List<String> urls = server.getAllServeEvents().stream().map((event) -> event.getRequest().getUrl()).distinct().toList();
		assertThat(urls).as("one id for every request of the call").hasSize(1);
		server.verify(3, WireMock.putRequestedFor(WireMock.urlPathMatching(ANY_TOKEN))
			.withRequestBody(WireMock.equalToJson("{\"properties\":{\"name\":\"ci-push\"}}")));
	}

	@Test
	void theSafeCreateThatFailsInTheEndDeletesTheTokenItMayHaveMade() {
		server.stubFor(WireMock.put(WireMock.urlPathMatching(ANY_TOKEN)).willReturn(aResponse().withStatus(503)));
		server.stubFor(WireMock.delete(WireMock.urlPathMatching(ANY_TOKEN)).willReturn(aResponse().withStatus(204)));
		withApi(server.baseUrl(), (api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.createToken(REGISTRY_ID, CI_PUSH))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503)));
		assertThat(methodsSent()).containsExactly("PUT", "PUT", "PUT", "PUT", "DELETE");
	}

	@Test
	void theSafeCreateThatWasRefusedLeavesNothingToDelete() {
		server.stubFor(WireMock.put(WireMock.urlPathMatching(ANY_TOKEN)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody(TokenJson.error(409, "CONFLICT", "A token named 'ci-push' already exists"))));
		withApi(server.baseUrl(), (api) -> assertThatExceptionOfType(IonosApiException.class)
			.isThrownBy(() -> api.createToken(REGISTRY_ID, CI_PUSH))
			.satisfies((ex) -> assertThat(ex.isConflict()).isTrue()));
		assertThat(server.getAllServeEvents()).extracting((event) -> event.getRequest().getMethod())
			.containsExactly(RequestMethod.PUT);
	}

	@Test
	void theSafeCreateSendsTheCreateWithPutUnderANewIdEachCall() {
		server.stubFor(WireMock.put(WireMock.urlPathMatching(ANY_TOKEN)).willReturn(token(201, ONE_TIME_PASSWORD)));
		withApi(server.baseUrl(), (api) -> {
			api.createToken(REGISTRY_ID, CI_PUSH);
			api.createToken(REGISTRY_ID, PostTokenProperties.named("ci-pull"));
		});
		assertThat(server.getAllServeEvents()).extracting((event) -> event.getRequest().getMethod(),
				(event) -> event.getRequest().getUrl().length())
			.containsExactly(tuple(RequestMethod.PUT, (TOKENS_PATH + "/" + TOKEN_ID).length()),
					tuple(RequestMethod.PUT, (TOKENS_PATH + "/" + TOKEN_ID).length()));
		assertThat(server.getAllServeEvents().stream().map((event) -> event.getRequest().getUrl()).distinct()).hasSize(2);
	}

}
