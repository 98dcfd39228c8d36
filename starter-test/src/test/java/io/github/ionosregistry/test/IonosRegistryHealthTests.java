package io.github.ionosregistry.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokensApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ionosRegistry} health contributor of an application with the starter and Spring Boot Actuator,
 * against the emulator.
 */
class IonosRegistryHealthTests {

	private static final String TOKEN = "health-check-token-7f3a9c";

	private static final String TOKENS_PATH = "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID + "/tokens";

	private static TokensEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = TokensEmulator.builder().credentials(EmulatorCredentials.token(TOKEN)).requestJournal(1000).start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.stop();
	}

	@BeforeEach
	void resetEmulator() {
		emulator.reset();
	}

	private static void withApplication(Consumer<ConfigurableApplicationContext> test, String... properties) {
		withApplication(EmulatorTestApplication.class, test, properties);
	}

	private static void withApplication(Class<?> application, Consumer<ConfigurableApplicationContext> test,
			String... properties) {
		try (ConfigurableApplicationContext context = ApplicationOverEmulator.builder(application, emulator, TOKEN)
			.properties(properties)
			.run()) {
			test.accept(context);
		}
	}

	private static IndicatedHealthDescriptor registryHealth(ConfigurableApplicationContext context) {
		HealthDescriptor health = context.getBean(HealthEndpoint.class).healthForPath("ionosRegistry");
		assertThat(health).isInstanceOf(IndicatedHealthDescriptor.class);
		return (IndicatedHealthDescriptor) health;
	}

	@Test
	void upWhenTheRegistryCanBeRead() {
		withApplication((context) -> {
			IndicatedHealthDescriptor health = registryHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsExactlyInAnyOrderEntriesOf(Map.of("client", "auto-configured",
					"apiUrl", emulator.apiUrl(), "registryId", TokensEmulator.DEFAULT_REGISTRY_ID));
		});
		emulator.wireMock()
			.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=0&limit=1"))
				.withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN)));
	}

	@Test
	void readsThroughTheApplicationsOwnTokensApi() {
		withApplication(ApplicationWithItsOwnTokensApi.class, (context) -> {
			IndicatedHealthDescriptor health = registryHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsExactlyInAnyOrderEntriesOf(
					Map.of("client", "application's TokensApi bean", "registryId", TokensEmulator.DEFAULT_REGISTRY_ID));
		}, "ionos.registry.token=a-token-the-application-does-not-use");
		emulator.wireMock()
			.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=0&limit=1"))
				.withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN))
				.withHeader("User-Agent", WireMock.equalTo(ApplicationWithItsOwnTokensApi.USER_AGENT)));
	}

	@Test
	void probesAreNotCountedAsTheApplicationsRequests() {
		withApplication((context) -> {
			context.getBean(TokensApi.class).registriesTokensGet(TokensEmulator.DEFAULT_REGISTRY_ID);
			assertThat(registryHealth(context).getStatus()).isEqualTo(Status.UP);
			assertThat(registryHealth(context).getStatus()).isEqualTo(Status.UP);
			Timer requests = context.getBean(MeterRegistry.class).get("http.client.requests").timer();
			assertThat(requests.count()).isEqualTo(1);
		});
		emulator.wireMock().verify(3, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH)));
	}

	@Test
	void probesCarryTheContractNumber() {
		withApplication((context) -> assertThat(registryHealth(context).getStatus()).isEqualTo(Status.UP),
				"ionos.registry.contract-number=31721044");
		emulator.wireMock()
			.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH))
				.withHeader("X-Contract-Number", WireMock.equalTo("31721044")));
	}

	@Test
	void theDetailsShowWhenATokenThatIsAJwtExpires() {
		Instant expiry = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String jwt = base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ base64.encodeToString(("{\"exp\":" + expiry.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
				+ ".signature";
		try (TokensEmulator acceptingTheJwt = TokensEmulator.builder().credentials(EmulatorCredentials.token(jwt)).start()) {
			withApplication((context) -> {
				IndicatedHealthDescriptor health = registryHealth(context);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("tokenExpiresAt", expiry.toString());
				String json = context.getBean(JsonMapper.class).writeValueAsString(context.getBean(HealthEndpoint.class).health());
				assertThat(json).doesNotContain(jwt);
			}, "ionos.registry.api-url=" + acceptingTheJwt.apiUrl(), "ionos.registry.token=" + jwt);
		}
	}

	@Test
	void downWithTheStatusWhenTheTokenIsRefused() {
		withApplication((context) -> {
			IndicatedHealthDescriptor health = registryHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("status", 401);
		}, "ionos.registry.token=a-wrong-token");
	}

	@Test
	void downWithTheStatusWhenTheServiceIsUnavailableAfterOneRequest() {
		emulator.wireMock()
			.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(WireMock.aResponse().withStatus(503)));
		withApplication((context) -> {
			IndicatedHealthDescriptor health = registryHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("status", 503);
		});
		emulator.wireMock().verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TOKENS_PATH)));
	}

	@Test
	void downWithTheFailureWhenTheServiceCannotBeReached() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		withApplication((context) -> {
			IndicatedHealthDescriptor health = registryHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails().get("error")).asString().contains("I/O error", "ConnectException");
		}, "ionos.registry.api-url=http://127.0.0.1:" + closedPort);
	}

	@Test
	void absentWithoutARegistryId() {
		withApplication((context) -> {
			assertThat(context.containsBean("ionosRegistryHealthIndicator")).isFalse();
			assertThat(context.getBean(HealthEndpoint.class).healthForPath("ionosRegistry")).isNull();
		}, "ionos.registry.registry-id=");
	}

	@Test
	void offByProperty() {
		withApplication((context) -> assertThat(context.containsBean("ionosRegistryHealthIndicator")).isFalse(),
				"management.health.ionos-registry.enabled=false");
	}

	@Test
	void notInTheReadinessGroup() {
		withApplication((context) -> {
			HealthDescriptor readiness = context.getBean(HealthEndpoint.class).healthForPath("readiness");
			assertThat(readiness).isInstanceOfSatisfying(CompositeHealthDescriptor.class,
					(group) -> assertThat(group.getComponents()).containsOnlyKeys("readinessState"));
		}, "management.endpoint.health.probes.enabled=true");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ApplicationWithItsOwnTokensApi {

		static final String USER_AGENT = "the-applications-own-client/1.0";

		@Bean
		TokensApi applicationsTokensApi() {
			return TokensApi.builder()
				.apiUrl(emulator.apiUrl())
				.credentials(IonosCredentials.token(TOKEN))
				.userAgent(USER_AGENT)
				.build();
		}

	}

	@Test
	void theHealthJsonNeverHoldsTheToken() {
		withApplication((context) -> {
			String json = context.getBean(JsonMapper.class)
				.writeValueAsString(context.getBean(HealthEndpoint.class).health());
			assertThat(json).contains("ionosRegistry", "\"UP\"").doesNotContain(TOKEN);
		});
		withApplication((context) -> {
			String json = context.getBean(JsonMapper.class)
				.writeValueAsString(context.getBean(HealthEndpoint.class).health());
			assertThat(json).contains("ionosRegistry", "\"DOWN\"").doesNotContain(TOKEN, "a-wrong-token");
		}, "ionos.registry.token=a-wrong-token");
	}

}
