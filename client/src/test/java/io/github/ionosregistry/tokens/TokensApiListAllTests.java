package io.github.ionosregistry.tokens;

import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TokensApi#listAll} fetches pages lazily and stops at the list's total.
 */
class TokensApiListAllTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private void registryHolding(int total) {
		for (int offset = 0; offset <= total; offset += 100) {
			server.stubFor(WireMock.get(WireMock.urlEqualTo(TOKENS_PATH + "?offset=" + offset + "&limit=100"))
				.willReturn(okJson(TokenJson.page(offset, 100, total))));
		}
	}

	private void withApi(Consumer<TokensApi> test) {
		TestApis.with(TestApis.builder(server.baseUrl()), test);
	}

	@Test
	void yieldsEveryTokenOfThreePagesWithThreeRequests() {
		registryHolding(250);
		withApi((api) -> {
			List<TokenResponse> tokens = api.listAll(REGISTRY_ID).toList();
			assertThat(tokens).hasSize(250);
			assertThat(tokens.get(0).id()).isEqualTo(TokenJson.tokenId(0));
			assertThat(tokens.get(249).id()).isEqualTo(TokenJson.tokenId(249));
		});
		assertThat(server.getAllServeEvents()).hasSize(3);
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=0&limit=100")));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=100&limit=100")));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=200&limit=100")));
	}

	@Test
	void yieldsNothingForAnEmptyRegistryWithOneRequest() {
		registryHolding(0);
		withApi((api) -> assertThat(api.listAll(REGISTRY_ID)).isEmpty());
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void fetchesOnlyTheFirstPageWhenFiveAreTaken() {
		registryHolding(250);
		withApi((api) -> assertThat(api.listAll(REGISTRY_ID).limit(5).map(TokenResponse::id)).containsExactly(
				TokenJson.tokenId(0), TokenJson.tokenId(1), TokenJson.tokenId(2), TokenJson.tokenId(3),
				TokenJson.tokenId(4)));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void fetchesNothingUntilTheStreamIsConsumed() {
		registryHolding(250);
		withApi((api) -> api.listAll(REGISTRY_ID));
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void exactlyOneFullPageNeedsOneRequest() {
		registryHolding(100);
		withApi((api) -> assertThat(api.listAll(REGISTRY_ID)).hasSize(100));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

}
