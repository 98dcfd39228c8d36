package io.github.ionosregistry.tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.MovableClock;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holders at production settings (checked every hour, rotated after 14 days, a day's grace, a 12-hour lease) over 60
 * simulated days, in a registry that also holds 2000 tokens of other applications: every holder's Docker config opens
 * the registry login after every check, no check makes more than 3 requests at steady state, and a holder that stops
 * being checked (a killed pod) leaves nothing valid after a lease.
 */
class CredentialHolderOverTimeTests {

	private static final String HOSTNAME = "registry-0b0e5f5a.cr.ionos.com";

	private static final RotationPolicy PRODUCTION = RotationPolicy.rotateAfter(Duration.ofDays(14))
		.withRetireAfter(Duration.ofDays(1))
		.withScopes(Scope.repository("*", Scope.PULL));

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T08:00:00Z"));

	@TempDir
	Path directory;

	private TokensEmulator emulator;

	private TokensApi api;

	private RegistriesApi registries;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.builder().clock(this.clock).requestJournal(1_000).start();
		this.api = EmulatorApis.tokens(this.emulator, EmulatorApis.jdk());
		this.registries = EmulatorApis.registries(this.emulator);
		for (int i = 0; i < 2000; i++) {
			this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, EmulatedToken.named("other-app-" + i,
					EmulatedScope.repository("other/*", EmulatedScope.PULL)));
		}
	}

	@AfterEach
	void stop() {
		this.api.close();
		this.registries.close();
		this.emulator.stop();
	}

	@Test
	void over60DaysEveryHoldersCredentialOpensTheLoginAfterEveryCheckAndAChecksCostStaysSmall() throws Exception {
		RegistryTokens tokens = RegistryTokens.of(this.api, this.registries, TokensEmulator.DEFAULT_REGISTRY_ID)
			.withClock(this.clock);
		List<Path> files = List.of(this.directory.resolve("a/config.json"), this.directory.resolve("b/config.json"));
		List<CredentialHolder> holders = new ArrayList<>();
		files.forEach((file) -> holders.add(tokens.holder("pull", PRODUCTION, CredentialDelivery.dockerConfig(file))));
		holders.forEach(CredentialHolder::check);
		Map<Integer, Integer> checksByRequests = new TreeMap<>();
		int refused = 0;
		for (int hour = 1; hour <= 60 * 24; hour++) {
			this.clock.advance(Duration.ofHours(1));
			for (int i = 0; i < holders.size(); i++) {
				this.emulator.wireMock().resetRequests();
				holders.get(i).check();
				checksByRequests.merge(this.emulator.wireMock().getAllServeEvents().size(), 1, Integer::sum);
				refused += (RegistryLoginProbe.login(this.emulator, files.get(i), HOSTNAME) == 200) ? 0 : 1;
			}
		}
		assertThat(refused).as("logins refused").isZero();
		assertThat(checksByRequests.keySet()).as("requests per check: " + checksByRequests).allMatch((n) -> n <= 3);
		List<EmulatedToken> live = this.emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)
			.stream()
			.filter((token) -> token.name().startsWith("pull-"))
			.toList();
		assertThat(live).as("at most the current and one in its grace per holder").hasSizeLessThanOrEqualTo(4);

		// A holder that is no longer checked: its tokens end within a lease.
		this.clock.advance(RotationPolicy.DEFAULT_LEASE);
		assertThat(this.emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID))
			.noneMatch((token) -> token.name().startsWith("pull-"));
	}

}
