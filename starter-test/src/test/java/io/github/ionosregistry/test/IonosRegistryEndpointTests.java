package io.github.ionosregistry.test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import io.github.ionosregistry.autoconfigure.endpoint.IonosRegistryEndpoint;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator endpoint {@code ionosregistry} of an application with the starter and Spring Boot Actuator, against
 * the emulator.
 */
class IonosRegistryEndpointTests {

	private static final String TOKEN = "endpoint-test-token-41c2";

	private static TokensEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = TokensEmulator.builder().credentials(EmulatorCredentials.token(TOKEN)).start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.stop();
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(EmulatorTestApplication.class).web(WebApplicationType.NONE)
			.properties("ionos.registry.api-url=" + emulator.apiUrl(), "ionos.registry.token=" + TOKEN,
					"ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID, "spring.main.banner-mode=off",
					"ionos.registry.warm-up=false", "management.endpoints.web.exposure.include=health,ionosregistry")
			.properties(properties)
			.run();
	}

	@Test
	void listsTheTokensWithTheirExpiryAndMarksTheExpiringOnesWithoutAPassword() {
		emulator.reset();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		try (ConfigurableApplicationContext context = start("ionos.registry.token-expiry-warning=3d")) {
			RegistryTokens tokens = context.getBean(RegistryTokens.class);
			PutTokenOutput soon = tokens.create(PostTokenProperties.named("pull-soon")
				.withExpiryDate(now.plusDays(2))
				.withScopes(Scope.repository("app", Scope.PULL)));
			PutTokenOutput later = tokens.create(PostTokenProperties.named("pull-later").withExpiryDate(now.plusDays(30)));
			PutTokenOutput never = tokens.create(PostTokenProperties.named("ci-push"));
			List<String> passwords = List.of(password(soon), password(later), password(never));

			JsonMapper json = context.getBean(JsonMapper.class);
			String body = json.writeValueAsString(context.getBean(IonosRegistryEndpoint.class).tokens());
			JsonNode read = json.readTree(body);

			assertThat(read.get("registryId").asString()).isEqualTo(TokensEmulator.DEFAULT_REGISTRY_ID.toString());
			assertThat(read.get("expiryWarning").asString()).isEqualTo("PT72H");
			assertThat(read.get("expiringCount").asLong()).isEqualTo(1);
			assertThat(read.get("tokens")).hasSize(3);
			JsonNode pullSoon = byName(read, "pull-soon");
			assertThat(pullSoon.get("id").asString()).isEqualTo(String.valueOf(soon.id()));
			assertThat(pullSoon.get("status").asString()).isEqualTo("enabled");
			assertThat(OffsetDateTime.parse(pullSoon.get("expiryDate").asString())).isAtSameInstantAs(now.plusDays(2));
			assertThat(pullSoon.get("expiring").asBoolean()).isTrue();
			assertThat(pullSoon.get("scopes").get(0).get("name").asString()).isEqualTo("app");
			assertThat(pullSoon.get("scopes").get(0).get("actions").get(0).asString()).isEqualTo("pull");
			assertThat(byName(read, "pull-later").get("expiring").asBoolean()).isFalse();
			assertThat(byName(read, "ci-push").get("expiryDate").isNull()).isTrue();
			assertThat(byName(read, "ci-push").get("expiring").asBoolean()).isFalse();
			assertThat(body).doesNotContain(passwords.toArray(String[]::new))
				.doesNotContain(TOKEN)
				.doesNotContain("password")
				.doesNotContain("credentials");
		}
	}

	@Test
	void absentWithoutARegistryId() {
		try (ConfigurableApplicationContext context = start("ionos.registry.registry-id=")) {
			assertThat(context.getBeanNamesForType(IonosRegistryEndpoint.class)).isEmpty();
		}
	}

	@Test
	void absentUnlessExposed() {
		try (ConfigurableApplicationContext context = start("management.endpoints.web.exposure.include=health")) {
			assertThat(context.getBeanNamesForType(IonosRegistryEndpoint.class)).isEmpty();
		}
	}

	@Test
	void offWhenTheEndpointIsNotAccessible() {
		try (ConfigurableApplicationContext context = start("management.endpoint.ionosregistry.access=none")) {
			assertThat(context.getBeanNamesForType(IonosRegistryEndpoint.class)).isEmpty();
		}
	}

	private static String password(PutTokenOutput created) {
		return Objects.requireNonNull(
				Objects.requireNonNull(Objects.requireNonNull(created.properties()).credentials()).password());
	}

	private static JsonNode byName(JsonNode read, String name) {
		for (JsonNode token : read.get("tokens")) {
			if (name.equals(token.get("name").asString())) {
				return token;
			}
		}
		throw new AssertionError("no token named " + name + " in " + read);
	}

}
