package io.github.ionosregistry.tokens;

import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.ONE_TIME_PASSWORD;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code X-Contract-Number}, for users with more than one IONOS contract: on every request when it is set, on none
 * when it is not.
 */
class ContractNumberTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@BeforeEach
	void stubEveryOperation() {
		String token = TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD);
		server.stubFor(WireMock.get(WireMock.urlPathMatching(".*/tokens")).willReturn(okJson(TokenJson.page(0, 100, 1))));
		server.stubFor(WireMock.get(WireMock.urlPathMatching(".*/tokens/.*")).willReturn(okJson(token)));
		server.stubFor(WireMock.post(WireMock.urlPathMatching(".*/tokens")).willReturn(okJson(token).withStatus(201)));
		server.stubFor(WireMock.put(WireMock.urlPathMatching(".*/tokens/.*")).willReturn(okJson(token).withStatus(201)));
		server.stubFor(WireMock.patch(WireMock.urlPathMatching(".*/tokens/.*")).willReturn(okJson(token)));
		server.stubFor(WireMock.delete(WireMock.urlPathMatching(".*/tokens/.*")).willReturn(aResponse().withStatus(204)));
	}

	private static final Consumer<TokensApi> EVERY_OPERATION = (api) -> {
		PostTokenProperties token = PostTokenProperties.named("ci-push");
		api.registriesTokensGet(REGISTRY_ID);
		api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
		api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(token));
		api.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(token));
		api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, PatchTokenInput.disable());
		api.registriesTokensDelete(REGISTRY_ID, TOKEN_ID);
	};

	@Test
	void isSentWithEveryOperationWhenSet() {
		TestApis.with(TestApis.builder(server.baseUrl()).contractNumber(31_415_926), EVERY_OPERATION);
		assertThat(server.getAllServeEvents()).hasSize(6);
		server.verify(6, WireMock.anyRequestedFor(WireMock.anyUrl())
			.withHeader(TokensApiBuilder.CONTRACT_NUMBER_HEADER, equalTo("31415926")));
	}

	@Test
	void isNotSentWhenNotSet() {
		TestApis.with(TestApis.builder(server.baseUrl()), EVERY_OPERATION);
		server.verify(6, WireMock.anyRequestedFor(WireMock.anyUrl())
			.withHeader(TokensApiBuilder.CONTRACT_NUMBER_HEADER, absent()));
	}

	@Test
	void aNumberBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TokensApi.builder().contractNumber(0))
			.withMessage("contractNumber must be 1 or more, was 0");
	}

}
