package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.tokens.internal.rotation.NoScopesException;
import io.github.ionosregistry.tokens.internal.rotation.RotationNames;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.ionosregistry.tokens.AnswerLosingTransport.losingAnswers;
import static io.github.ionosregistry.tokens.AnswerLosingTransport.refusing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules of a {@link CredentialHolder}'s check, against the emulator, on a clock moved by the test: the first
 * check makes a token with a lease, a check that is not due makes none, the lease renewed at half with the credential
 * delivered again, a successor at the token's age, the predecessor's grace counted from the delivery and ended
 * exactly, a token gone replaced, a delivery that fails delivered again and reported as the rotation it is, a lost
 * answer at each step, and holders of one base name that never touch each other's tokens.
 */
class CredentialHolderTests {

	@RegisterExtension
	final EmulatorOnClock registry = new EmulatorOnClock(10_000);

	private static final Scope PULL = Scope.repository("app/*", Scope.PULL);

	private static final RotationPolicy POLICY = RotationPolicy.rotateAfter(Duration.ofDays(10))
		.withRetireAfter(Duration.ofHours(2))
		.withScopes(PULL);

	private final List<DockerCredentials> delivered = new ArrayList<>();

	private final List<TokenRotation> rotations = new ArrayList<>();

	private CredentialHolder holder(TokensApi api, RotationPolicy policy) {
		return this.registry.tokens(api).holder("ci-pull", policy, (credentials, rotation) -> {
			this.delivered.add(credentials);
			this.rotations.add(rotation);
		});
	}

	/** Checks every hour for that long, as a schedule does; the leases of the holder's tokens need it. */
	private void checkHourlyFor(CredentialHolder holder, Duration duration) {
		for (long hour = 0; hour < duration.toHours(); hour++) {
			this.registry.clock.advance(Duration.ofHours(1));
			holder.check();
		}
	}

	private Instant expiryOf(String name) {
		return this.registry.stored(name).expiryDate().toInstant();
	}

	@Test
	void theFirstCheckMakesAndDeliversATokenOfTheHoldersOwnThatExpiresALeaseAhead() {
		CredentialHolder holder = holder(this.registry.api, POLICY);
		assertThat(holder.holderId()).matches("[a-z0-9]{6}");
		assertThat(holder.current()).isEmpty();
		Instant now = this.registry.clock.instant();
		TokenRotation first = holder.check();
		assertThat(first.rotated()).isTrue();
		String name = first.successor().properties().name();
		assertThat(name).isEqualTo("ci-pull-" + holder.holderId() + "-20261207080000");
		assertThat(holder.isOwnToken(name)).isTrue();
		assertThat(this.delivered).singleElement().satisfies((credentials) -> {
			assertThat(credentials.hostname()).isEqualTo(EmulatorOnClock.HOSTNAME);
			assertThat(credentials.username()).isEqualTo(name);
			assertThat(credentials.password()).isEqualTo(first.successor().properties().credentials().password());
		});
		EmulatedToken token = this.registry.stored(name);
		assertThat(token.scopes()).containsExactly(EmulatedScope.repository("app/*", EmulatedScope.PULL));
		assertThat(token.expiryDate().toInstant()).isEqualTo(now.plus(RotationPolicy.DEFAULT_LEASE));
		HeldCredential current = holder.current().orElseThrow();
		assertThat(current.tokenId()).isEqualTo(token.id());
		assertThat(current.expiresAt()).isEqualTo(token.expiryDate().toInstant());
		assertThat(current.successorDueAt()).isEqualTo(now.plus(Duration.ofDays(10)));
		assertThat(current.toString()).doesNotContain(current.credentials().password());
	}

	@Test
	void theLeaseIsRenewedOnceLessThanHalfIsLeftAndTheRenewedCredentialDeliveredAgain() {
		CredentialHolder holder = holder(this.registry.api, POLICY);
		String name = holder.check().successor().properties().name();
		this.registry.clock.advance(Duration.ofHours(5));
		assertThat(holder.check().rotated()).isFalse();
		assertThat(expiryOf(name)).isEqualTo(Instant.parse("2026-12-07T20:00:00Z"));
		assertThat(this.delivered).hasSize(1);

		this.registry.clock.advance(Duration.ofHours(1));
		TokenRotation renewal = holder.check();
		assertThat(renewal.rotated()).isFalse();
		assertThat(expiryOf(name)).isEqualTo(Instant.parse("2026-12-08T02:00:00Z"));
		assertThat(holder.current().orElseThrow().expiresAt()).isEqualTo(Instant.parse("2026-12-08T02:00:00Z"));
		assertThat(this.delivered).hasSize(2).extracting(DockerCredentials::username).containsOnly(name);
		assertThat(this.rotations.get(1).rotated()).isFalse();
	}

	@Test
	void aCheckThatIsNotDueMakesNothingAndOneThatIsDueMakesASuccessorAndRetiresThePredecessorAtItsGracesEnd() {
		CredentialHolder holder = holder(this.registry.api, POLICY);
		String first = holder.check().successor().properties().name();
		for (int hour = 0; hour < 239; hour++) {
			this.registry.clock.advance(Duration.ofHours(1));
			assertThat(holder.check().rotated()).isFalse();
		}
		assertThat(this.registry.names()).containsExactly(first);

		this.registry.clock.advance(Duration.ofHours(1));
		Instant rotatedAt = this.registry.clock.instant();
		TokenRotation due = holder.check();
		assertThat(due.rotated()).isTrue();
		String second = due.successor().properties().name();
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(second);
		assertThat(due.superseded()).singleElement().satisfies((kept) -> {
			assertThat(kept.token().properties().name()).isEqualTo(first);
			assertThat(kept.supersededAt()).isEqualTo(rotatedAt);
			assertThat(kept.retiresAt()).isEqualTo(rotatedAt.plus(Duration.ofHours(2)));
		});
		// The service enforces the grace too, should this holder die during it: an hour ahead at the soonest.
		assertThat(expiryOf(first)).isEqualTo(rotatedAt.plus(Duration.ofHours(2)));
		assertThat(this.registry.names()).containsExactlyInAnyOrder(first, second);

		this.registry.clock.advance(Duration.ofHours(2).minusSeconds(1));
		assertThat(holder.check().retired()).isEmpty();
		this.registry.clock.advance(Duration.ofSeconds(1));
		assertThat(holder.check().retired()).extracting((token) -> token.properties().name()).containsExactly(first);
		assertThat(this.registry.names()).containsExactly(second);
	}

	@Test
	void aTokenThatIsGoneIsReplacedAtTheSameCheck() {
		CredentialHolder holder = holder(this.registry.api, POLICY);
		String first = holder.check().successor().properties().name();
		this.registry.api.registriesTokensDelete(EmulatorOnClock.REGISTRY, this.registry.stored(first).id());
		this.registry.clock.advance(Duration.ofMinutes(1));
		TokenRotation check = holder.check();
		assertThat(check.rotated()).isTrue();
		assertThat(this.registry.names()).containsExactly(check.successor().properties().name());
		assertThat(holder.current().orElseThrow().credentials().username())
			.isEqualTo(check.successor().properties().name());
	}

	@Test
	void aDeliveryThatFailsKeepsTheCurrentTokenAndTheNextCheckDeliversTheSameSuccessorAsARotation() {
		AtomicBoolean refuse = new AtomicBoolean();
		CredentialHolder holder = this.registry.tokens().holder("ci-pull", POLICY, (credentials, rotation) -> {
			if (refuse.getAndSet(false)) {
				throw new IllegalStateException("the secret store is down");
			}
			this.delivered.add(credentials);
		});
		String first = holder.check().successor().properties().name();
		checkHourlyFor(holder, Duration.ofDays(10).minusHours(1));
		this.registry.clock.advance(Duration.ofHours(1));
		refuse.set(true);
		assertThatIllegalStateException().isThrownBy(holder::check).withMessage("the secret store is down");
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(first);
		assertThat(this.registry.names()).hasSize(2);

		this.registry.clock.advance(Duration.ofMinutes(10));
		TokenRotation retried = holder.check();
		assertThat(retried.rotated()).as("the successor delivered now is this check's rotation").isTrue();
		String second = retried.successor().properties().name();
		assertThat(this.delivered).extracting(DockerCredentials::username).containsOnly(first, second).last()
			.isEqualTo(second);
		assertThat(this.registry.names()).containsExactlyInAnyOrder(first, second);
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(second);
		// The grace starts once the successor is delivered.
		assertThat(retried.superseded()).singleElement()
			.satisfies((kept) -> assertThat(kept.retiresAt()).isEqualTo(this.registry.clock.instant().plus(Duration.ofHours(2))));
	}

	@Test
	void theGraceStartsWhenTheSuccessorWasDeliveredEvenWhenTheDeliveryTakesLong() {
		AtomicBoolean slow = new AtomicBoolean();
		CredentialHolder holder = this.registry.tokens().holder("ci-pull", POLICY, (credentials, rotation) -> {
			if (slow.get()) {
				this.registry.clock.advance(Duration.ofMinutes(30));
			}
		});
		String first = holder.check().successor().properties().name();
		checkHourlyFor(holder, Duration.ofDays(10).minusHours(1));
		this.registry.clock.advance(Duration.ofHours(1));
		slow.set(true);
		Instant began = this.registry.clock.instant();
		TokenRotation rotation = holder.check();
		Instant deliveredAt = began.plus(Duration.ofMinutes(30));
		assertThat(rotation.superseded()).singleElement().satisfies((kept) -> {
			assertThat(kept.supersededAt()).isEqualTo(deliveredAt);
			assertThat(kept.retiresAt()).isEqualTo(deliveredAt.plus(Duration.ofHours(2)));
		});
		assertThat(expiryOf(first)).isEqualTo(deliveredAt.plus(Duration.ofHours(2)));
	}

	@Test
	void aDestinationThatIsNotReadyIsRefusedBeforeAnyTokenIsMade() {
		CredentialHolder holder = this.registry.tokens().holder("ci-pull", POLICY, new CredentialDelivery() {

			@Override
			public void checkReady() {
				throw new IllegalArgumentException("The Docker config file x cannot be written");
			}

			@Override
			public void deliver(DockerCredentials credentials, TokenRotation rotation) {
			}

		});
		assertThatIllegalArgumentException().isThrownBy(holder::check);
		assertThat(this.registry.names()).isEmpty();
	}

	@Test
	void withoutScopesTheFirstTokenTakesThoseOfTheNewestTokenOfTheBaseNameOrNamesTheClientsOwnApi() {
		RotationPolicy withoutScopes = RotationPolicy.rotateAfter(Duration.ofDays(10));
		assertThatExceptionOfType(NoScopesException.class).isThrownBy(() -> holder(this.registry.api, withoutScopes).check())
			.withMessageContaining("RotationPolicy.withScopes")
			.withMessageNotContaining("ionos.registry");
		this.registry.emulator.seed(EmulatorOnClock.REGISTRY, new EmulatedToken(UUID.randomUUID(), "ci-pull", EmulatedStatus.ENABLED, null,
				List.of(EmulatedScope.repository("web", EmulatedScope.PULL)), "seed",
				OffsetDateTime.now(this.registry.clock).minusDays(1), null, null));
		TokenRotation first = holder(this.registry.api, withoutScopes).check();
		assertThat(first.successor().properties().scopes()).containsExactly(Scope.repository("web", Scope.PULL));
		assertThat(this.registry.names()).hasSize(2).contains("ci-pull");
	}

	@Test
	void holdersOfOneBaseNameKeepTheirOwnTokensAndNeverTouchEachOthers() {
		CredentialHolder one = holder(this.registry.api, POLICY);
		CredentialHolder other = holder(this.registry.api, POLICY);
		assertThat(one.holderId()).isNotEqualTo(other.holderId());
		String ones = one.check().successor().properties().name();
		String others = other.check().successor().properties().name();
		for (int i = 0; i < 3; i++) {
			this.registry.clock.advance(Duration.ofHours(7));
			assertThat(one.check().retired()).isEmpty();
			assertThat(other.check().retired()).isEmpty();
		}
		assertThat(this.registry.names()).containsExactlyInAnyOrder(ones, others);
		assertThat(one.isOwnToken(others)).isFalse();
	}

	@Test
	void aCheckAtSteadyStateReadsOnlyTheTokenItHoldsWhateverTheRegistryHolds() {
		for (int i = 0; i < 2000; i++) {
			this.registry.emulator.seed(EmulatorOnClock.REGISTRY, EmulatedToken.named("other-app-" + i,
					EmulatedScope.repository("other/*", EmulatedScope.PULL)));
		}
		CredentialHolder holder = holder(this.registry.api, POLICY);
		holder.check();
		this.registry.emulator.wireMock().resetRequests();
		this.registry.clock.advance(Duration.ofHours(1));
		holder.check();
		assertThat(this.registry.emulator.wireMock().getAllServeEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getRequest().getMethod().value()).isEqualTo("GET");
			assertThat(event.getRequest().getUrl()).isEqualTo("/registries/" + EmulatorOnClock.REGISTRY + "/tokens/"
					+ holder.current().orElseThrow().tokenId());
		});
	}

	@ParameterizedTest
	@EnumSource(RotationStep.class)
	void aLostAnswerAtAnyStepLeavesTheHolderWithOneValidTokenAndNothingLeftBehind(RotationStep step) {
		AtomicBoolean armed = new AtomicBoolean();
		AtomicBoolean lost = new AtomicBoolean();
		try (TokensApi losing = EmulatorApis.tokens(this.registry.emulator, losingAnswers(EmulatorApis.jdk(),
				(method, uri) -> armed.get() && step.isCalledBy(method) && !lost.getAndSet(true)))) {
			// A grace shorter than the service's shortest expiry: the holder deletes the token at its end.
			CredentialHolder holder = holder(losing, POLICY.withRetireAfter(Duration.ofMinutes(10)));
			String first = holder.check().successor().properties().name();
			checkHourlyFor(holder, Duration.ofDays(10).minusHours(1));
			armed.set(true);
			this.registry.clock.advance(Duration.ofHours(1));
			holder.check();
			this.registry.clock.advance(Duration.ofMinutes(10));
			holder.check();
			this.registry.clock.advance(Duration.ofMinutes(1));
			holder.check();
			assertThat(lost).isTrue();
			String current = holder.current().orElseThrow().credentials().username();
			assertThat(current).isNotEqualTo(first);
			assertThat(this.registry.names()).containsExactly(current);
		}
	}

	@Test
	void aCreateWhoseAnswersAreAllLostIsFoundByItsIdAndDeleted() {
		AtomicBoolean failing = new AtomicBoolean(true);
		try (TokensApi losing = EmulatorApis.tokens(this.registry.emulator, losingAnswers(refusing(EmulatorApis.jdk(),
				(method, uri) -> failing.get() && method.name().equals("DELETE")),
				(method, uri) -> failing.get() && method.name().equals("PUT")))) {
			CredentialHolder holder = holder(losing, POLICY);
			assertThatExceptionOfType(IonosRegistryException.class).isThrownBy(holder::check);
			assertThat(this.registry.names()).as("a token made by a create whose answers were lost").hasSize(1);
			failing.set(false);
			this.registry.clock.advance(Duration.ofMinutes(1));
			TokenRotation next = holder.check();
			assertThat(this.registry.names()).containsExactly(next.successor().properties().name());
		}
	}

	@Test
	void aNameStampIsNeverUsedTwiceByOneHolder() {
		CredentialHolder holder = holder(this.registry.api, POLICY.withRetireAfter(Duration.ZERO));
		String first = holder.check().successor().properties().name();
		this.registry.api.registriesTokensDelete(EmulatorOnClock.REGISTRY, this.registry.stored(first).id());
		String second = holder.check().successor().properties().name();
		assertThat(second).isEqualTo("ci-pull-" + holder.holderId() + "-"
				+ RotationNames.stamp(this.registry.clock.instant().plusSeconds(1)));
		assertThat(this.registry.clock.instant().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
	}

}
