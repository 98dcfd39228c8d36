package io.github.ionosregistry.test.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.github.ionosregistry.tokens.RegistryTokens;
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

	@TempDir
	static Path directory;

	private static final AdjustableClock clock = new AdjustableClock();

	private static LocalRegistry local;

	private static RegistryTokens tokens;

	@BeforeAll
	static void start() throws Exception {
		local = LocalRegistry.start(directory, clock);
		tokens = local.tokens;
	}

	@AfterAll
	static void stop() throws Exception {
		if (local != null) {
			local.close();
		}
	}

	@Test
	void aTokenWithPullAndPushOnAppPushesAppWebAndPullsIt() throws Exception {
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("ci-push")
			.withScopes(Scope.repository("app/*", Scope.PULL, Scope.PUSH))));
		assertSucceeded(skopeo.push(local.image, local.hostname(), "app/web:1"));
		assertSucceeded(skopeo.pull(local.hostname(), "app/web:1"));
		assertSucceeded(skopeo.push(local.image, local.hostname(), "app/web/api:1"));
	}

	@Test
	void aPullTokenPullsAndIsRefusedAPush() throws Exception {
		pushed("app/pulled:1");
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("ci-pull")
			.withScopes(Scope.repository("app/*", Scope.PULL))));
		assertSucceeded(skopeo.pull(local.hostname(), "app/pulled:1"));
		assertRefused(skopeo.push(local.image, local.hostname(), "app/pulled:2"));
	}

	@Test
	void aTokenForOtherRepositoriesIsRefusedAppWeb() throws Exception {
		pushed("app/theirs:1");
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("other-team")
			.withScopes(Scope.repository("other/*", Scope.PULL, Scope.PUSH))));
		assertRefused(skopeo.pull(local.hostname(), "app/theirs:1"));
		assertRefused(skopeo.push(local.image, local.hostname(), "app/theirs:2"));
		assertSucceeded(skopeo.push(local.image, local.hostname(), "other/web:1"));
	}

	@Test
	void aDisabledTokenIsRefusedAndWorksAgainOnceReEnabled() throws Exception {
		pushed("app/toggled:1");
		PutTokenOutput created = tokens.create(PostTokenProperties.named("toggled")
			.withScopes(Scope.repository("app/*", Scope.PULL)));
		Skopeo skopeo = loggedIn(created);
		assertSucceeded(skopeo.pull(local.hostname(), "app/toggled:1"));
		tokens.update(created.id(), PatchTokenInput.disable());
		assertRefused(skopeo.pull(local.hostname(), "app/toggled:1"));
		tokens.update(created.id(), PatchTokenInput.enable());
		assertSucceeded(skopeo.pull(local.hostname(), "app/toggled:1"));
	}

	@Test
	void aDeletedTokenIsRefused() throws Exception {
		pushed("app/deleted:1");
		PutTokenOutput created = tokens.create(PostTokenProperties.named("deleted")
			.withScopes(Scope.repository("app/*", Scope.PULL)));
		Skopeo skopeo = loggedIn(created);
		assertSucceeded(skopeo.pull(local.hostname(), "app/deleted:1"));
		tokens.delete(created.id());
		assertRefused(skopeo.pull(local.hostname(), "app/deleted:1"));
	}

	@Test
	void aTokenPastItsExpiryDateIsRefused() throws Exception {
		pushed("app/expiring:1");
		Skopeo skopeo = loggedIn(tokens.create(PostTokenProperties.named("expiring")
			.withExpiryDate(OffsetDateTime.now(clock).plusHours(2).withOffsetSameInstant(ZoneOffset.UTC))
			.withScopes(Scope.repository("app/*", Scope.PULL))));
		assertSucceeded(skopeo.pull(local.hostname(), "app/expiring:1"));
		clock.advance(Duration.ofHours(3));
		assertRefused(skopeo.pull(local.hostname(), "app/expiring:1"));
	}

	private static Skopeo loggedIn(PutTokenOutput created) throws Exception {
		return local.loggedIn(created);
	}

	private static void pushed(String repositoryAndTag) throws Exception {
		local.push(repositoryAndTag);
	}

	private static void assertSucceeded(Skopeo.Result result) {
		assertThat(result.succeeded()).as(result.output()).isTrue();
	}

	private static void assertRefused(Skopeo.Result result) {
		assertThat(result.refused()).as(result.output()).isTrue();
	}

}
