package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import io.github.ionosregistry.emulator.EmulatedToken;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link RegistryTokens#rotate} that a manual rotation (a CronJob, the CLI) relies on, against the
 * emulator on a clock the test moves: a successor always outlives the token it supersedes, whatever that token's
 * expiry date and whatever the grace, and the grace starts when the successor was delivered, not when the rotation
 * began.
 */
class SharedRotationRuleTests {

	@RegisterExtension
	final EmulatorOnClock registry = new EmulatorOnClock();

	private void seed(String name, Duration age, @Nullable Duration lifetime) {
		OffsetDateTime created = OffsetDateTime.now(this.registry.clock).minus(age);
		this.registry.emulator.seed(EmulatorOnClock.REGISTRY, new EmulatedToken(UUID.randomUUID(), name, EmulatedStatus.ENABLED,
				(lifetime != null) ? created.plus(lifetime) : null,
				List.of(EmulatedScope.repository("*", EmulatedScope.PULL, EmulatedScope.PUSH)), "seed", created, null,
				null));
	}

	/**
	 * A rotation asked for now ({@code rotateAfter} zero), with each predecessor expiry and grace: the successor lives
	 * as long as its predecessor did when that is longer than the grace, else 30 days beyond the grace.
	 */
	@ParameterizedTest(name = "predecessor lifetime {0}, age {1}, grace {2}: successor lives {3}")
	@CsvSource(nullValues = "none", value = { "none, PT1H, PT24H, P31D", "none, PT1H, PT1H, PT721H",
			"none, PT1H, PT10M, PT720H10M", "PT20H, PT1H, PT24H, P31D", "PT20H, PT1H, PT2H, PT20H",
			"P30D, P29D, PT24H, P30D", "P30D, PT1H, P3D, P30D" })
	void aSuccessorOutlivesThePredecessorItSupersedes(@Nullable Duration lifetime, Duration age, Duration grace,
			Duration successorLifetime) {
		seed("ci-main", age, lifetime);
		TokenRotation rotation = this.registry.tokens().rotate("ci-main", RotationPolicy.rotateAfter(Duration.ZERO)
			.withRetireAfter(grace));
		Instant successorExpiry = rotation.successor().properties().expiryDate().toInstant();
		SupersededToken predecessor = rotation.superseded().get(0);
		assertThat(successorExpiry).as("the successor's expiry date").isAfter(predecessor.retiresAt())
			.isEqualTo(this.registry.clock.instant().plus(successorLifetime));
		assertThat(this.registry.emulator.token(EmulatorOnClock.REGISTRY, "ci-main").orElseThrow().expiryDate().toInstant())
			.isEqualTo(predecessor.retiresAt());
	}

	@ParameterizedTest(name = "grace {0}")
	@CsvSource({ "PT2H", "PT24H" })
	void theGraceStartsWhenTheSuccessorWasDeliveredNotWhenTheRotationBegan(Duration grace) {
		seed("ci-main", Duration.ofDays(40), Duration.ofDays(60));
		Instant began = this.registry.clock.instant();
		// A delivery to a slow secret store: 30 minutes, more than the minute of slack the service's floor leaves.
		TokenRotation rotation = this.registry.tokens().rotate("ci-main",
				RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(grace),
				(credentials, delivered) -> this.registry.clock.advance(Duration.ofMinutes(30)));
		Instant deliveredAt = began.plus(Duration.ofMinutes(30));
		assertThat(rotation.superseded()).singleElement().satisfies((predecessor) -> {
			assertThat(predecessor.supersededAt()).isEqualTo(deliveredAt);
			assertThat(predecessor.retiresAt()).isEqualTo(deliveredAt.plus(grace));
		});
		assertThat(this.registry.emulator.token(EmulatorOnClock.REGISTRY, "ci-main").orElseThrow().expiryDate().toInstant())
			.isEqualTo(deliveredAt.plus(grace).truncatedTo(ChronoUnit.SECONDS));
	}

}
