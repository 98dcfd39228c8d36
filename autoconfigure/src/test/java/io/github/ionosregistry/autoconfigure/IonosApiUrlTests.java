package io.github.ionosregistry.autoconfigure;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code IONOS_API_URL} read as the IONOS tools read it, and the URL each form makes the client request: a host (with
 * or without scheme, with or without {@code /}) gets the API's path {@code /containerregistries}; a URL with a path is
 * the base URL as it is; {@code ionos.registry.api-url} is always the base URL as it is. Hosts under {@code .invalid}
 * never resolve, so the failure names the exact URL that was requested.
 */
class IonosApiUrlTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@TempDir
	Path directory;

	@ParameterizedTest(name = "IONOS_API_URL={0}")
	@CsvSource({ "api.ionos.invalid, https://api.ionos.invalid/containerregistries",
			"https://api.ionos.invalid, https://api.ionos.invalid/containerregistries",
			"https://api.ionos.invalid/, https://api.ionos.invalid/containerregistries",
			"https://api.ionos.invalid/containerregistries, https://api.ionos.invalid/containerregistries",
			"api.ionos.invalid/containerregistries, https://api.ionos.invalid/containerregistries",
			"https://gateway.invalid/ionos/registry, https://gateway.invalid/ionos/registry",
			"HTTPS://API.IONOS.INVALID:8443, https://API.IONOS.INVALID:8443/containerregistries" })
	void theVariableIsReadAsTheIonosToolsReadIt(String variable, String requestedBase) {
		IonosRegistryTestContexts.runner()
			.withPropertyValues("IONOS_API_URL=" + variable, "ionos.registry.token=t",
					"ionos.registry.retry.enabled=false")
			.run((context) -> assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID))
				.satisfies((ex) -> assertThat(ex.getUri().toString())
					.isEqualTo(requestedBase + TOKENS_PATH + "?offset=0&limit=100")));
	}

	@Test
	void aLoopbackHostGetsTheApisPathToo() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo("/containerregistries" + TOKENS_PATH))
			.willReturn(okJson(TokenJson.page(0, 100, 0))));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("IONOS_API_URL=" + server.baseUrl(), "ionos.registry.token=t")
			.run((context) -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID));
		server.verify(1, WireMock.getRequestedFor(
				WireMock.urlEqualTo("/containerregistries" + TOKENS_PATH + "?offset=0&limit=100")));
	}

	@Test
	void thePropertyIsTheBaseUrlAsItIs() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 0))));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "IONOS_API_URL=https://api.ionos.invalid",
					"ionos.registry.token=t")
			.run((context) -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=0&limit=100")));
	}

	@Test
	void theConfigFilesEndpointFollowsTheSameRule() {
		Path file = IonosConfigFiles.twoProfiles(this.directory, "api.ionos.invalid", null);
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + file, "ionos.registry.profile=staging")
			.run((context) -> assertThat(context.getBean(IonosRegistryConnectionDetails.class).getApiUrl())
				.isEqualTo("https://api.ionos.invalid/containerregistries"));
		Path withPath = IonosConfigFiles.twoProfiles(this.directory, "api.ionos.invalid/cr/v1", null);
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + withPath, "ionos.registry.profile=staging")
			.run((context) -> assertThat(context.getBean(IonosRegistryConnectionDetails.class).getApiUrl())
				.isEqualTo("https://api.ionos.invalid/cr/v1"));
	}

	@Test
	void theContractNumberComesFromThePropertyOrTheVariable() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 0))));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"ionos.registry.contract-number=31415926", "IONOS_CONTRACT_NUMBER=27182818")
			.run((context) -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"IONOS_CONTRACT_NUMBER=27182818")
			.run((context) -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t")
			.run((context) -> context.getBean(TokensApi.class).registriesTokensGet(REGISTRY_ID));
		assertThat(server.getAllServeEvents()).extracting((event) -> event.getRequest()
			.header("X-Contract-Number")
			.isPresent() ? event.getRequest().getHeader("X-Contract-Number") : "none")
			.containsExactlyInAnyOrder("31415926", "27182818", "none");
	}

}
