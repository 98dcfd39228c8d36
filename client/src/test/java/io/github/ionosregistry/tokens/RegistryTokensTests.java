package io.github.ionosregistry.tokens;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RegistryTokens}: the tokens of one registry, read as a Spring repository reads.
 */
class RegistryTokensTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Test
	void findGivesTheToken() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		TestApis.with(TestApis.builder(server.baseUrl()),
				(api) -> assertThat(api.registry(REGISTRY_ID).find(TOKEN_ID)).get()
					.satisfies((token) -> assertThat(token.id()).isEqualTo(TOKEN_ID)));
	}

	@Test
	void findOfAnUnknownTokenIsEmpty() {
		server.stubFor(WireMock.get(TOKEN_PATH)
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.error(404, "NOT_FOUND", "no such token"))));
		TestApis.with(TestApis.builder(server.baseUrl()),
				(api) -> assertThat(api.registry(REGISTRY_ID).find(TOKEN_ID)).isEmpty());
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)));
	}

	@Test
	void findThatFailsOtherwiseThrows() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(aResponse().withStatus(403)));
		TestApis.with(TestApis.builder(server.baseUrl()),
				(api) -> assertThatExceptionOfType(IonosApiException.class)
					.isThrownBy(() -> api.registry(REGISTRY_ID).find(TOKEN_ID))
					.satisfies((ex) -> assertThat(ex.isForbidden()).isTrue()));
	}

}
