package io.github.ionosregistry.tokens;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TokensApi#warmUp()} prepares the first call without sending a request.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TokensApiWarmUpTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Parameter
	HttpClientLibrary library;

	@Test
	void warmingUpSendsNothingAndTheFirstCallWorks() {
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(TOKEN_PATH)
			.willReturn(okJson(TokenJson.token())));
		TestApis.with(TestApis.builder(server.baseUrl(), this.library), (api) -> {
			api.warmUp();
			api.warmUp();
			assertThat(server.getAllServeEvents()).isEmpty();
			assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
		});
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

}
