package io.github.ionosregistry.starter;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that depends on the starter alone gets a working {@link TokensApi} from two properties.
 */
@SpringBootTest
class StarterApplicationTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final UUID REGISTRY_ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

	private static final UUID TOKEN_ID = UUID.fromString("16fd2706-8baf-433b-82eb-8c7fada847da");

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry registry) {
		registry.add("ionos.registry.api-url", server::baseUrl);
		registry.add("ionos.registry.token", () -> "starter-token");
	}

	@Autowired
	private TokensApi tokensApi;

	@Test
	void injectedTokensApiCallsTheConfiguredServer() {
		String path = "/registries/" + REGISTRY_ID + "/tokens/" + TOKEN_ID;
		server.stubFor(WireMock.get(path).willReturn(okJson("""
				{ "id": "%s", "type": "token", "href": "%s",
				  "metadata": { "createdBy": "me", "createdByUserId": "1", "createdDate": "2026-05-01T08:00:00Z", "state": "Running" },
				  "properties": { "name": "pull-token", "status": "disabled",
				                  "credentials": { "username": "pull-token", "password": "" },
				                  "scopes": [ { "name": "web", "type": "repository", "actions": ["pull"] } ] } }
				""".formatted(TOKEN_ID, path))));

		TokenResponse token = this.tokensApi.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);

		assertThat(token.id()).isEqualTo(TOKEN_ID);
		assertThat(token.properties().name()).isEqualTo("pull-token");
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(path))
			.withHeader("Authorization", equalTo("Bearer starter-token"))
			.withHeader("Accept", equalTo("application/json")));
	}

	@SpringBootApplication
	static class Application {

	}

}
