package io.github.ionosregistry.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.MovableClock;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.CredentialHolder;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.github.ionosregistry.tokens.model.Scope;

/**
 * What a replica's scheduled rotation costs the IONOS API at production settings: one {@link CredentialHolder}
 * checked every hour for 90 days of a simulated clock (shared with the emulator, whose tokens expire by it), its
 * tokens rotated after 14 days with a day's grace, their lease of 12 hours renewed at half; every request the emulator
 * served, counted by method.
 */
final class RotationCallsRun {

	static final Duration CHECK_INTERVAL = Duration.ofHours(1);

	static final Duration SIMULATED = Duration.ofDays(90);

	static final RotationPolicy PRODUCTION = RotationPolicy.rotateAfter(Duration.ofDays(14))
		.withRetireAfter(Duration.ofDays(1))
		.withScopes(Scope.repository("*", Scope.PULL));

	private RotationCallsRun() {
	}

	/** The calls: per method, and in all per replica per hour. */
	record Calls(Map<String, Integer> byMethod, long checks, int tokensMade) {

		double perHour() {
			return this.byMethod.values().stream().mapToInt(Integer::intValue).sum() / (double) this.checks;
		}

	}

	static Calls run() {
		MovableClock clock = new MovableClock();
		try (TokensEmulator emulator = TokensEmulator.builder().clock(clock).requestJournal(100_000).start()) {
			TokensApiBuilder builder = TokensApi.builder()
				.apiUrl(emulator.apiUrl())
				.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN));
			try (TokensApi tokens = builder.build(); RegistriesApi registries = builder.buildRegistriesApi()) {
				int[] made = new int[1];
				CredentialHolder holder = RegistryTokens.of(tokens, registries, TokensEmulator.DEFAULT_REGISTRY_ID)
					.withClock(clock)
					.holder("ci-pull", PRODUCTION, (credentials, rotation) -> made[0] += rotation.rotated() ? 1 : 0);
				long checks = SIMULATED.dividedBy(CHECK_INTERVAL);
				for (long i = 0; i < checks; i++) {
					holder.check();
					clock.advance(CHECK_INTERVAL);
				}
				Map<String, Integer> byMethod = new TreeMap<>();
				emulator.wireMock().getAllServeEvents().forEach((event) -> byMethod
					.merge(event.getRequest().getMethod().value(), 1, Integer::sum));
				return new Calls(byMethod, checks, made[0]);
			}
		}
	}

}
