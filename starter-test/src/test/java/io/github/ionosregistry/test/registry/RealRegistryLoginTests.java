package io.github.ionosregistry.test.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.github.ionosregistry.emulator.EmulatedRegistry;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens made through {@code TokensApi} work where they are used: a real registry (CNCF Distribution) that trusts the
 * emulator's token server, and a real client ({@code skopeo}) reading the Docker config file that
 * {@code DockerCredentials} wrote. Each token gets the access its scopes give and no more, and loses it when it is
 * disabled, deleted or expired.
 */
class RealRegistryLoginTests {

	private static final UUID REGISTRY_ID = UUID.fromString("7e57ab1e-0000-4000-8000-000000000001");

	@TempDir
	static Path directory;

	private static final AdjustableClock clock = new AdjustableClock();

	private static TokensEmulator emulator;

	private static RealRegistry registry;

	private static TokensApi tokensApi;

	private static RegistriesApi registriesApi;

	private static RegistryTokens tokens;

	private static OciImage image;

	@BeforeAll
	static void start() throws Exception {
		RegistryTools.assumeInstalled();
		String hostname = RealRegistry.freeHostname();
		emulator = TokensEmulator.builder()
			.clock(clock)
			.registry(EmulatedRegistry.named(REGISTRY_ID, "acme").withHostname(hostname))
			.start();
		registry = RealRegistry.start(hostname, emulator, Files.createDirectories(directory.resolve("registry")));
		TokensApiBuilder builder = TokensApi.builder()
			.apiUrl(emulator.apiUrl())
			.credentials(IonosCredentials.token(emulator.credentials().token()));
		tokensApi = builder.build();
		registriesApi = builder.buildRegistriesApi();
		tokens = RegistryTokens.of(tokensApi, registriesApi, REGISTRY_ID);
		image = OciImage.write(directory.resolve("image"), "hello from a token made by TokensApi\n");
	}

	@AfterAll
	static void stop() throws Exception {
		if (registry != null) {
			registry.close();
		}
		if (tokensApi != null) {
			tokensApi.close();
			registriesApi.close();
		}
		if (emulator != null) {
			emulator.close();
		}
	}

	@Test
	void aTokenWithPullAndPushOnAppPushesAppWebAndPullsIt() throws Exception {
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("ci-push")
			.withScopes(Scope.repository("app/*", Scope.PULL, Scope.PUSH))));
		assertSucceeded(skopeo.push(image, registry.hostname(), "app/web:1"));
		assertSucceeded(skopeo.pull(registry.hostname(), "app/web:1"));
		assertSucceeded(skopeo.push(image, registry.hostname(), "app/web/api:1"));
	}

	@Test
	void aPullTokenPullsAndIsRefusedAPush() throws Exception {
		pushed("app/pulled:1");
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("ci-pull")
			.withScopes(Scope.repository("app/*", Scope.PULL))));
		assertSucceeded(skopeo.pull(registry.hostname(), "app/pulled:1"));
		assertRefused(skopeo.push(image, registry.hostname(), "app/pulled:2"));
	}

	@Test
	void aTokenForOtherRepositoriesIsRefusedAppWeb() throws Exception {
		pushed("app/theirs:1");
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("other-team")
			.withScopes(Scope.repository("other/*", Scope.PULL, Scope.PUSH))));
		assertRefused(skopeo.pull(registry.hostname(), "app/theirs:1"));
		assertRefused(skopeo.push(image, registry.hostname(), "app/theirs:2"));
		assertSucceeded(skopeo.push(image, registry.hostname(), "other/web:1"));
	}

	@Test
	void aDisabledTokenIsRefusedAndWorksAgainOnceReEnabled() throws Exception {
		pushed("app/toggled:1");
		PutTokenOutput created = tokens.create(PostTokenProperties.named("toggled")
			.withScopes(Scope.repository("app/*", Scope.PULL)));
		Skopeo skopeo = loggedIn(created);
		assertSucceeded(skopeo.pull(registry.hostname(), "app/toggled:1"));
		tokens.update(created.id(), PatchTokenInput.disable());
		assertRefused(skopeo.pull(registry.hostname(), "app/toggled:1"));
		tokens.update(created.id(), PatchTokenInput.enable());
		assertSucceeded(skopeo.pull(registry.hostname(), "app/toggled:1"));
	}

	@Test
	void aDeletedTokenIsRefused() throws Exception {
		pushed("app/deleted:1");
		PutTokenOutput created = tokens.create(PostTokenProperties.named("deleted")
			.withScopes(Scope.repository("app/*", Scope.PULL)));
		Skopeo skopeo = loggedIn(created);
		assertSucceeded(skopeo.pull(registry.hostname(), "app/deleted:1"));
		tokens.delete(created.id());
		assertRefused(skopeo.pull(registry.hostname(), "app/deleted:1"));
	}

	@Test
	void aTokenPastItsExpiryDateIsRefused() throws Exception {
		pushed("app/expiring:1");
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("expiring")
			.withExpiryDate(OffsetDateTime.now(clock).plusHours(2).withOffsetSameInstant(ZoneOffset.UTC))
			.withScopes(Scope.repository("app/*", Scope.PULL))));
		assertSucceeded(skopeo.pull(registry.hostname(), "app/expiring:1"));
		clock.advance(Duration.ofHours(3));
		assertRefused(skopeo.pull(registry.hostname(), "app/expiring:1"));
	}

	/** A client logged in with the Docker config file that {@code DockerCredentials} writes for a created token. */
	private static Skopeo loggedIn(PutTokenOutput created) throws Exception {
		Path work = Files.createTempDirectory(directory, created.properties().name());
		Path dockerConfig = work.resolve("config.json");
		tokens.dockerCredentials(created).writeDockerConfig(dockerConfig);
		return new Skopeo(dockerConfig, work);
	}

	private static void pushed(String repositoryAndTag) throws Exception {
		String name = "pusher-" + UUID.randomUUID().toString().substring(0, 8);
		assertSucceeded(loggedIn(tokens.create(PostTokenProperties.named(name)
			.withScopes(Scope.repository("*", Scope.PULL, Scope.PUSH)))).push(image, registry.hostname(), repositoryAndTag));
	}

	private static void assertSucceeded(Skopeo.Result result) {
		assertThat(result.succeeded()).as(result.output()).isTrue();
	}

	private static void assertRefused(Skopeo.Result result) {
		assertThat(result.refused()).as(result.output()).isTrue();
	}

}
