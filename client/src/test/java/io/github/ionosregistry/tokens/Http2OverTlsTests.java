package io.github.ionosregistry.tokens;

import java.net.Socket;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JDK client over https, as the real API is reached: the JDK negotiates HTTP/2, and the client's exchanges, which
 * run on the JDK client's selector thread, make every kind of call on it, one at a time and many at once.
 */
class Http2OverTlsTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().dynamicHttpsPort())
		.build();

	@Test
	void everyKindOfCallWorksOverHttp2OnTheJdkClient() throws Exception {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 100))));
		server.stubFor(WireMock.get(TOKENS_PATH + "/" + TOKEN_ID).willReturn(okJson(TokenJson.token())));
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(WireMock.aResponse()
				.withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.token(TOKEN_ID, "ci-push", "one-time-password"))));
		try (TokensApi api = TokensApi.builder()
			.apiUrl("https://localhost:" + server.getHttpsPort())
			.credentials(IonosCredentials.token("api-token"))
			.httpClientLibrary(HttpClientLibrary.JDK)
			.sslContext(trustingEveryCertificate())
			.build()) {
			TokensResponse page = api.registriesTokensGet(REGISTRY_ID, TokensQuery.firstPage());
			assertThat(page.items()).hasSize(100);
			TokenResponse found = api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
			assertThat(found.id()).isEqualTo(TOKEN_ID);
			assertThat(api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named("ci-push")))
				.properties()
				.credentials()
				.password()).isEqualTo("one-time-password");
			ExecutorService callers = Executors.newFixedThreadPool(16);
			try {
				List<Future<TokensResponse>> pages = new ArrayList<>();
				for (int i = 0; i < 64; i++) {
					pages.add(callers.submit(() -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.firstPage())));
				}
				for (Future<TokensResponse> each : pages) {
					assertThat(each.get().items()).hasSize(100);
				}
			}
			finally {
				callers.shutdownNow();
			}
		}
		List<ServeEvent> served = server.getAllServeEvents();
		assertThat(served).hasSize(67)
			.allSatisfy((event) -> assertThat(event.getRequest().getProtocol()).isEqualTo("HTTP/2.0"));
	}

	@Test
	void aBodyThatDribblesPastTheDeadlineEndsTheCallInTimeAndTheNextCallWorks() throws Exception {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH))
			.willReturn(okJson(TokenJson.page(0, 100, 100)).withChunkedDribbleDelay(50, 5000)));
		server.stubFor(WireMock.get(TOKENS_PATH + "/" + TOKEN_ID).willReturn(okJson(TokenJson.token())));
		try (TokensApi api = TokensApi.builder()
			.apiUrl("https://localhost:" + server.getHttpsPort())
			.credentials(IonosCredentials.token("api-token"))
			.httpClientLibrary(HttpClientLibrary.JDK)
			.sslContext(trustingEveryCertificate())
			.attemptTimeout(Duration.ofMillis(500))
			.callTimeout(Duration.ofMillis(800))
			.build()) {
			long start = System.nanoTime();
			assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.firstPage()))
				.withMessageMatching("GET .* failed: the (attempt|call)-timeout of (500|800)ms passed( while connecting)?");
			// The body dribbles for 5 s: a call that ends well before shows that the deadline ended it, with room
			// for a loaded machine.
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
			assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
		}
	}

	/** WireMock's own certificate, for whatever host name: trusted as it is, this test is not about trust. */
	private static SSLContext trustingEveryCertificate() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new X509ExtendedTrustManager() {

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}

		} }, null);
		return context;
	}

}
