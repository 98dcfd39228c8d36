package io.github.ionosregistry.tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holders at production settings (checked every hour, rotated after 14 days, a day's grace, a 12-hour lease) over 60
 * simulated days, in a registry that also holds 2000 tokens of other applications: every holder's Docker config opens
 * the registry login after every check, no check makes more than 3 requests at steady state, and a holder that stops
 * being checked (a killed pod) leaves nothing valid after a lease.
 */
class CredentialHolderOverTimeTests {

	@RegisterExtension
	final EmulatorOnClock registry = new EmulatorOnClock(10_000);

	private static final RotationPolicy PRODUCTION = RotationPolicy.rotateAfter(Duration.ofDays(14))
		.withRetireAfter(Duration.ofDays(1))
		.withScopes(Scope.repository("*", Scope.PULL));

	@TempDir
	Path directory;

	@BeforeEach
	void start() {
		for (int i = 0; i < 2000; i++) {
			this.registry.emulator.seed(EmulatorOnClock.REGISTRY, EmulatedToken.named("other-app-" + i,
					EmulatedScope.repository("other/*", EmulatedScope.PULL)));
		}
	}

	@Test
	void over60DaysEveryHoldersCredentialOpensTheLoginAfterEveryCheckAndAChecksCostStaysSmall() throws Exception {
		RegistryTokens tokens = RegistryTokens.of(this.registry.api, this.registry.registries, EmulatorOnClock.REGISTRY)
			.withClock(this.registry.clock);
		List<Path> files = List.of(this.directory.resolve("a/config.json"), this.directory.resolve("b/config.json"));
		List<CredentialHolder> holders = new ArrayList<>();
		files.forEach((file) -> holders.add(tokens.holder("pull", PRODUCTION, CredentialDelivery.dockerConfig(file))));
		holders.forEach(CredentialHolder::check);
		Map<Integer, Integer> checksByRequests = new TreeMap<>();
		int refused = 0;
		for (int hour = 1; hour <= 60 * 24; hour++) {
			this.registry.clock.advance(Duration.ofHours(1));
			for (int i = 0; i < holders.size(); i++) {
				this.registry.emulator.wireMock().resetRequests();
				holders.get(i).check();
				checksByRequests.merge(this.registry.emulator.wireMock().getAllServeEvents().size(), 1, Integer::sum);
				refused += (RegistryLoginProbe.login(this.registry.emulator, files.get(i), EmulatorOnClock.HOSTNAME) == 200) ? 0 : 1;
			}
		}
		assertThat(refused).as("logins refused").isZero();
		assertThat(checksByRequests.keySet()).as("requests per check: " + checksByRequests).allMatch((n) -> n <= 3);
		List<EmulatedToken> live = this.registry.emulator.tokens(EmulatorOnClock.REGISTRY)
			.stream()
			.filter((token) -> token.name().startsWith("pull-"))
			.toList();
		assertThat(live).as("at most the current and one in its grace per holder").hasSizeLessThanOrEqualTo(4);

		// A holder that is no longer checked: its tokens end within a lease.
		this.registry.clock.advance(RotationPolicy.DEFAULT_LEASE);
		assertThat(this.registry.emulator.tokens(EmulatorOnClock.REGISTRY))
			.noneMatch((token) -> token.name().startsWith("pull-"));
	}

}
