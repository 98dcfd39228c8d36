package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A {@link TokensApi} built without Spring Boot, as docs/configuration.md shows it: the starter's safe defaults.
 */
class TokensApiBuilderTests {

	private static final UUID REGISTRY_ID = UUID.fromString("2f3e8b1a-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

	private static final UUID TOKEN_ID = UUID.fromString("046b6c7f-0b8a-43b9-b35d-6489e6daee91");

	private static final String TOKEN_PATH = "/registries/" + REGISTRY_ID + "/tokens/" + TOKEN_ID;

	private static final String TOKEN_JSON = """
			{ "id": "046b6c7f-0b8a-43b9-b35d-6489e6daee91", "type": "token",
			  "properties": { "name": "ci-push", "status": "enabled", "scopes": [] } }
			""";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@RegisterExtension
	static final WireMockExtension otherHost = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	/** The example of docs/configuration.md, word for word between the tags. */
	static TokensApi readmeExample(String apiUrl, String apiToken, Duration readTimeout) {
		// tag::without-spring-boot[]
		TokensApi tokensApi = TokensApi.builder()
			.apiUrl(apiUrl) // https://api.ionos.com/containerregistries unless told otherwise
			.credentials(IonosCredentials.token(apiToken))
			.readTimeout(readTimeout)
			.build();
		// end::without-spring-boot[]
		return tokensApi;
	}

	@Test
	void theDocumentationShowsThisExample() throws IOException {
		List<String> example = taggedLines(Path.of("src/test/java/io/github/ionosregistry/tokens/TokensApiBuilderTests.java"));
		String readme = Files.readString(Path.of("../docs/configuration.md")).replaceAll("(?m)^\\s+", "");
		assertThat(example).isNotEmpty();
		assertThat(readme).contains(String.join("\n", example));
	}

	private static List<String> taggedLines(Path source) throws IOException {
		List<String> lines = Files.readAllLines(source).stream().map(String::strip).toList();
		return lines.subList(lines.indexOf("// tag::without-spring-boot[]") + 1,
				lines.indexOf("// end::without-spring-boot[]"));
	}

	@Test
	void sendsTheTokenAndTheUserAgentAndReadsTheAnswer() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TOKEN_JSON)));
		try (TokensApi api = readmeExample(server.baseUrl(), "api-token", Duration.ofSeconds(5))) {
			TokenResponse token = api.registry(REGISTRY_ID).find(TOKEN_ID).orElseThrow();
			assertThat(token.properties().name()).isEqualTo("ci-push");
		}
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))
			.withHeader("Authorization", equalTo("Bearer api-token"))
			.withHeader("User-Agent", equalTo("ionos-registry-client/0.1.0-SNAPSHOT"))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void refusesToFollowARedirect() {
		server.stubFor(WireMock.get(TOKEN_PATH)
			.willReturn(aResponse().withStatus(302).withHeader("Location", otherHost.baseUrl() + TOKEN_PATH)));
		try (TokensApi api = readmeExample(server.baseUrl(), "api-token", Duration.ofSeconds(5))) {
			assertThatExceptionOfType(IonosApiException.class)
				.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
				.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(302));
		}
		assertThat(otherHost.getAllServeEvents()).isEmpty();
	}

	@Test
	void appliesTheReadTimeoutToEveryAttempt() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TOKEN_JSON).withFixedDelay(1_500)));
		try (TokensApi api = readmeExample(server.baseUrl(), "api-token", Duration.ofMillis(200))) {
			assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
				.withMessageContaining("SocketTimeoutException");
		}
		server.verify(1 + RetrySettings.DEFAULT_MAX_RETRIES, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)));
	}

	@Test
	void repeatsAReadAnswered503() {
		server.stubFor(WireMock.get(TOKEN_PATH).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		server.stubFor(WireMock.get(TOKEN_PATH).inScenario("503").whenScenarioStateIs("up").willReturn(okJson(TOKEN_JSON)));
		try (TokensApi api = readmeExample(server.baseUrl(), "api-token", Duration.ofSeconds(5))) {
			assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
		}
		server.verify(2, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)));
	}

	@Test
	void aClosedApiRefusesCalls() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TOKEN_JSON)));
		TokensApi api = readmeExample(server.baseUrl(), "api-token", Duration.ofSeconds(5));
		api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
		api.close();
		assertThatIllegalStateException().isThrownBy(() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID))
			.withMessage("The TokensApi has been closed");
	}

	@Test
	void aRequestFactoryGivenAsAnInstanceIsLeftToItsOwner() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TOKEN_JSON)));
		ClientHttpRequestFactory own = new SimpleClientHttpRequestFactory();
		TokensApi api = TokensApi.builder()
			.apiUrl(server.baseUrl())
			.credentials(IonosCredentials.token("t"))
			.sharedRequestFactory(own)
			.build();
		api.close();
		assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
	}

	@Test
	void theHttpClientIsOneChoiceTheLastMade() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TOKEN_JSON)));
		AtomicInteger sharedRequests = new AtomicInteger();
		AtomicInteger ownedBuilt = new AtomicInteger();
		ClientHttpRequestFactory shared = (uri, method) -> {
			sharedRequests.incrementAndGet();
			return new SimpleClientHttpRequestFactory().createRequest(uri, method);
		};
		try (TokensApi lastShared = TokensApi.builder()
			.apiUrl(server.baseUrl())
			.credentials(IonosCredentials.token("t"))
			.ownedRequestFactory((options) -> {
				ownedBuilt.incrementAndGet();
				return new SimpleClientHttpRequestFactory();
			})
			.httpClientLibrary(HttpClientLibrary.JDK)
			.sharedRequestFactory(shared)
			.build()) {
			lastShared.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
		}
		assertThat(sharedRequests).hasValue(1);
		assertThat(ownedBuilt).hasValue(0);
		try (TokensApi lastLibrary = TokensApi.builder()
			.apiUrl(server.baseUrl())
			.credentials(IonosCredentials.token("t"))
			.sharedRequestFactory(shared)
			.httpClientLibrary(HttpClientLibrary.JDK)
			.build()) {
			lastLibrary.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
		}
		assertThat(sharedRequests).hasValue(1);
		try (TokensApi lastOwned = TokensApi.builder()
			.apiUrl(server.baseUrl())
			.credentials(IonosCredentials.token("t"))
			.sharedRequestFactory(shared)
			.ownedRequestFactory((options) -> {
				ownedBuilt.incrementAndGet();
				return new SimpleClientHttpRequestFactory();
			})
			.build()) {
			lastOwned.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
		}
		assertThat(sharedRequests).hasValue(1);
		assertThat(ownedBuilt).hasValue(1);
		server.verify(3, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)));
	}

	@Test
	void aRestClientBuilderGivenIsCopiedNotChanged() {
		server.stubFor(WireMock.get("/elsewhere").willReturn(aResponse().withStatus(200)));
		RestClient.Builder applications = RestClient.builder();
		try (TokensApi api = TokensApi.builder()
			.apiUrl(server.baseUrl())
			.credentials(IonosCredentials.token("t"))
			.restClientBuilder(applications)
			.build()) {
			applications.build().get().uri(server.baseUrl() + "/elsewhere").retrieve().toBodilessEntity();
		}
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo("/elsewhere"))
			.withoutHeader("Authorization")
			.withHeader("User-Agent", WireMock.notContaining("ionos-registry")));
	}

	@Test
	void customizersRunAfterTheBuildersOwnSettings() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TOKEN_JSON)));
		AtomicBoolean customized = new AtomicBoolean();
		try (TokensApi api = TokensApi.builder()
			.apiUrl(server.baseUrl())
			.credentials(IonosCredentials.token("t"))
			.customizeRestClient((builder) -> builder.defaultHeader("User-Agent", "billing/1"))
			.customizeRestClient((builder) -> customized.set(true))
			.build()) {
			api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
		}
		assertThat(customized).isTrue();
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))
			.withHeader("User-Agent", equalTo("billing/1")));
	}

	@Test
	void anApiUrlWithAPathKeepsIt() {
		server.stubFor(WireMock.get("/containerregistries" + TOKEN_PATH).willReturn(okJson(TOKEN_JSON)));
		try (TokensApi api = readmeExample(server.baseUrl() + "/containerregistries/", "t", Duration.ofSeconds(5))) {
			assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
		}
	}

	@Test
	void withoutCredentialsThereIsNoApi() {
		assertThatIllegalStateException().isThrownBy(() -> TokensApi.builder().build())
			.withMessageContaining("credentials(...)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.example.com", "http://localhost.example.com", "http://foo.localhost",
			"http://127.0.0.1.nip.io", "http://localhost.", "http://[::2]", "http://10.0.0.1", "http://0x7f000001",
			"http://2130706433" })
	void plainHttpToANameOrAnAddressThatIsNotLoopbackIsRefused(String apiUrl) {
		assertThatIllegalArgumentException().isThrownBy(() -> TokensApi.builder().apiUrl(apiUrl))
			.withMessageContaining("must use https")
			.withMessageContaining("localhost, 127.0.0.0/8 and [::1]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8089", "http://LOCALHOST", "http://127.0.0.1:8089", "http://127.0.0.2",
			"http://127.255.255.254/containerregistries", "http://[::1]:8089", "http://[0:0:0:0:0:0:0:1]" })
	void plainHttpToALoopbackLiteralIsAllowed(String apiUrl) {
		assertThat(TokensApi.builder().apiUrl(apiUrl)).isNotNull();
	}

	@Test
	void eachSettingIsCheckedAtOnce() {
		TokensApiBuilder builder = TokensApi.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiUrl("http://api.ionos.com"))
			.withMessageContaining("must use https");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiUrl("https://u:secret@api.ionos.com"))
			.withMessageNotContaining("secret");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxConnections(0))
			.withMessage("maxConnections must be 1 or more, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.readTimeout(Duration.ofSeconds(-1)))
			.withMessage("readTimeout must be positive, was PT-1S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.userAgent(" "))
			.withMessage("userAgent must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.credentials(null))
			.withMessage("credentials must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> IonosCredentials.token(""))
			.withMessage("token must not be blank");
	}

}
