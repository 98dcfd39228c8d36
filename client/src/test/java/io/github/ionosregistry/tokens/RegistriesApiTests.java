package io.github.ionosregistry.tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.ApiErrorMessage;
import io.github.ionosregistry.tokens.model.ApiResourceMetadata;
import io.github.ionosregistry.tokens.model.RegistryProperties;
import io.github.ionosregistry.tokens.model.RegistryResponse;
import io.github.ionosregistry.tokens.model.StorageUsage;
import io.github.ionosregistry.tokens.model.WeeklySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code registriesFindById} on the wire: {@code GET /registries/{registryId}}, the answer decoded field by field,
 * {@code 404} one {@link IonosApiException}.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class RegistriesApiTests {

	private static final String PATH = "/registries/" + REGISTRY_ID;

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Parameter
	HttpClientLibrary library;

	private RegistriesApi api() {
		return TestApis.builder(server.baseUrl(), this.library).buildRegistriesApi();
	}

	@Test
	void findByIdSendsGetAndDecodesEveryField() {
		server.stubFor(WireMock.get(PATH).willReturn(okJson("""
				{ "href": "https://api.ionos.com/containerregistries/registries/%1$s", "id": "%1$s", "type": "registry",
				  "metadata": { "createdBy": "ci@example.com", "createdByUserId": "u-1",
				                "createdDate": "2026-01-23T04:56:07.000+00:00", "state": "Running" },
				  "properties": { "name": "my-registry", "hostname": "my-registry.cr.ionos.com", "location": "de/txl",
				                  "storageUsage": { "bytes": 1048576, "updatedAt": "2026-02-01T10:00:00Z" },
				                  "garbageCollectionSchedule": { "days": ["Monday", "Thursday"], "time": "01:23:00+00:00" },
				                  "apiSubnetAllowList": ["10.0.0.0/8"] } }
				""".formatted(REGISTRY_ID))));
		try (RegistriesApi api = api()) {
			RegistryResponse registry = api.registriesFindById(REGISTRY_ID);
			assertThat(registry.id()).isEqualTo(REGISTRY_ID);
			assertThat(registry.type()).isEqualTo("registry");
			assertThat(registry.href()).isEqualTo("https://api.ionos.com/containerregistries" + PATH);
			assertThat(registry.metadata()).isEqualTo(new ApiResourceMetadata("ci@example.com", "u-1",
					OffsetDateTime.of(2026, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC), null, null, null, "Running"));
			assertThat(registry.properties()).isEqualTo(new RegistryProperties(
					new WeeklySchedule(List.of("Monday", "Thursday"), "01:23:00+00:00"), "my-registry.cr.ionos.com",
					"de/txl", "my-registry",
					new StorageUsage(1_048_576L, OffsetDateTime.of(2026, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC))));
		}
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(PATH))
			.withHeader("Authorization", equalTo("Bearer " + TestApis.API_TOKEN))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void anUnknownRegistryIsOneApiException() {
		server.stubFor(WireMock.get(PATH)
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.error(404, "NOT_FOUND", "registry not found"))));
		try (RegistriesApi api = api()) {
			assertThatExceptionOfType(IonosApiException.class).isThrownBy(() -> api.registriesFindById(REGISTRY_ID))
				.satisfies((ex) -> {
					assertThat(ex.isNotFound()).isTrue();
					assertThat(ex.getMessages()).containsExactly(new ApiErrorMessage("NOT_FOUND", "registry not found"));
				});
		}
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(PATH)));
	}

	@Test
	void itIsRepeatedLikeAnyRead() {
		server.stubFor(WireMock.get(PATH).inScenario("503").willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		server.stubFor(WireMock.get(PATH).inScenario("503").whenScenarioStateIs("up")
			.willReturn(okJson("{\"id\":\"" + REGISTRY_ID + "\",\"properties\":{\"name\":\"r\",\"location\":\"de/fra\"}}")));
		try (RegistriesApi api = api()) {
			assertThat(api.registriesFindById(REGISTRY_ID).properties().name()).isEqualTo("r");
		}
		server.verify(2, WireMock.getRequestedFor(WireMock.urlEqualTo(PATH)));
	}

}
