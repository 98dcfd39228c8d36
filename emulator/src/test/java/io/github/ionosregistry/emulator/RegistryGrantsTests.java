package io.github.ionosregistry.emulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The grant rule of registry logins: globs, several token scopes, actions intersected.
 */
class RegistryGrantsTests {

	private static final List<EmulatedScope> CI = List.of(
			EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH),
			EmulatedScope.repository("base/java", EmulatedScope.PULL));

	@Test
	void aGlobMatchesAnyRunOfCharactersSlashesIncluded() {
		assertThat(RegistryGrants.matches("app/*", "app/web")).isTrue();
		assertThat(RegistryGrants.matches("app/*", "app/web/api")).isTrue();
		assertThat(RegistryGrants.matches("app/*", "app/")).isTrue();
		assertThat(RegistryGrants.matches("app/*", "app")).isFalse();
		assertThat(RegistryGrants.matches("app/*", "apps/web")).isFalse();
		assertThat(RegistryGrants.matches("*", "anything/at/all")).isTrue();
		assertThat(RegistryGrants.matches("*/web", "app/web")).isTrue();
		assertThat(RegistryGrants.matches("app/*-cache", "app/web-cache")).isTrue();
		assertThat(RegistryGrants.matches("app/*-cache", "app/web-cached")).isFalse();
		assertThat(RegistryGrants.matches("app/web", "app/web")).isTrue();
		assertThat(RegistryGrants.matches("app/web", "App/web")).isFalse();
		assertThat(RegistryGrants.matches("app.web", "appxweb")).isFalse();
		assertThat(RegistryGrants.matches("app/[a-z]+", "app/web")).isFalse();
	}

	@Test
	void theActionsAskedForAreIntersectedWithThoseAllowed() {
		assertThat(grant("repository:app/web:pull,push,delete"))
			.containsExactly(new RegistryScope("repository", "app/web", List.of("pull", "push")));
		assertThat(grant("repository:base/java:push,pull"))
			.containsExactly(new RegistryScope("repository", "base/java", List.of("pull")));
	}

	@Test
	void scopesOfTheTokenAddUp() {
		List<EmulatedScope> split = List.of(EmulatedScope.repository("app/*", EmulatedScope.PULL),
				EmulatedScope.repository("app/web", EmulatedScope.PUSH));
		assertThat(RegistryGrants.grant(split, RegistryScope.parse(List.of("repository:app/web:pull,push"))))
			.containsExactly(new RegistryScope("repository", "app/web", List.of("pull", "push")));
		assertThat(RegistryGrants.grant(split, RegistryScope.parse(List.of("repository:app/api:pull,push"))))
			.containsExactly(new RegistryScope("repository", "app/api", List.of("pull")));
	}

	@Test
	void eachScopeAskedForIsDecidedOnItsOwnAndWhatGetsNothingIsLeftOut() {
		assertThat(RegistryGrants.grant(CI, RegistryScope.parse(List.of("repository:other/web:pull",
				"repository:app/web:push repository:base/java:pull", "registry:catalog:*"))))
			.containsExactly(new RegistryScope("repository", "app/web", List.of("push")),
					new RegistryScope("repository", "base/java", List.of("pull")));
	}

	@Test
	void noScopeAskedForGrantsNoAccess() {
		assertThat(RegistryGrants.grant(CI, RegistryScope.parse(List.of()))).isEmpty();
		assertThat(RegistryGrants.grant(List.of(), RegistryScope.parse(List.of("repository:app/web:pull")))).isEmpty();
	}

	@Test
	void aNameMayHoldColonsButAScopeNeedsThreeParts() {
		assertThat(RegistryScope.parse(List.of("repository:host:5000/app:pull")))
			.containsExactly(new RegistryScope("repository", "host:5000/app", List.of("pull")));
		for (String malformed : List.of("repository", "repository:app/web", ":app/web:pull", "repository::pull")) {
			assertThatExceptionOfType(EmulatorException.class)
				.isThrownBy(() -> RegistryScope.parse(List.of(malformed)))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400))
				.withMessageContaining("must be type:name:actions");
		}
	}

	private static List<RegistryScope> grant(String scope) {
		return RegistryGrants.grant(CI, RegistryScope.parse(List.of(scope)));
	}

}
