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
import io.github.ionosregistry.emulator.MovableClock;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


import static io.github.ionosregistry.tokens.AnswerLosingTransport.losingAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rule of a {@link CredentialHolder}, against the emulator, on a clock moved by the test: the first
 * check makes a token, a check that is not due makes none, a successor when the token's age or its real expiry date
 * makes it due, the predecessor retired at its grace's end and never before its successor was delivered, a token
 * gone replaced, a delivery that fails delivered again, a lost answer at each step, and holders of one base name that
 * never touch each other's tokens.
 */
class CredentialHolderTests {

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private static final String HOSTNAME = "registry-0b0e5f5a.cr.ionos.com";

	private static final Scope PULL = Scope.repository("app/*", Scope.PULL);

	private static final RotationPolicy POLICY = RotationPolicy.rotateAfter(Duration.ofDays(10))
		.withRetireAfter(Duration.ofHours(2))
		.withScopes(PULL);

	private final MovableClock clock = new MovableClock();

	private final List<DockerCredentials> delivered = new ArrayList<>();

	private TokensEmulator emulator;

	private TokensApi api;

	private RegistriesApi registries;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.builder().clock(this.clock).start();
		this.api = EmulatorApis.tokens(this.emulator, EmulatorApis.jdk());
		this.registries = EmulatorApis.registries(this.emulator);
	}

	@AfterEach
	void stop() {
		this.api.close();
		this.registries.close();
		this.emulator.stop();
	}

	private CredentialHolder holder(TokensApi api, RotationPolicy policy) {
		return new RegistryTokens(api, this.registries, REGISTRY, this.clock).holder("ci-pull", policy,
				(credentials, rotation) -> this.delivered.add(credentials));
	}

	private List<String> names() {
		return this.emulator.tokens(REGISTRY).stream().map(EmulatedToken::name).toList();
	}

	private EmulatedToken stored(String name) {
		return this.emulator.token(REGISTRY, name).orElseThrow();
	}

	@Test
	void theFirstCheckMakesAndDeliversATokenOfTheHoldersOwnWithAnExpiryDate() {
		CredentialHolder holder = holder(this.api, POLICY);
		assertThat(holder.holderId()).matches("[a-z0-9]{6}");
		assertThat(holder.current()).isEmpty();
		Instant now = this.clock.instant();
		TokenRotation first = holder.check();
		assertThat(first.rotated()).isTrue();
		String name = first.successor().properties().name();
		assertThat(name).isEqualTo("ci-pull-" + holder.holderId() + "-" + RegistryTokens.stamp(now));
		assertThat(holder.isOwnToken(name)).isTrue();
		assertThat(this.delivered).singleElement().satisfies((credentials) -> {
			assertThat(credentials.hostname()).isEqualTo(HOSTNAME);
			assertThat(credentials.username()).isEqualTo(name);
			assertThat(credentials.password()).isEqualTo(first.successor().properties().credentials().password());
		});
		EmulatedToken token = stored(name);
		assertThat(token.scopes()).containsExactly(EmulatedScope.repository("app/*", EmulatedScope.PULL));
		// Twice rotateAfter plus the grace.
		assertThat(token.expiryDate().toInstant()).isEqualTo(now.plus(Duration.ofHours(20 * 24 + 2)).truncatedTo(ChronoUnit.SECONDS));
		HeldCredential current = holder.current().orElseThrow();
		assertThat(current.tokenId()).isEqualTo(token.id());
		assertThat(current.expiresAt()).isEqualTo(token.expiryDate().toInstant());
		assertThat(current.refreshAt()).isEqualTo(token.createdDate().toInstant().plus(Duration.ofDays(10)));
		assertThat(current.toString()).doesNotContain(current.credentials().password());
	}

	@Test
	void aCheckThatIsNotDueMakesNothingAndOneThatIsDueMakesASuccessorAndRetiresThePredecessorAfterItsGrace() {
		CredentialHolder holder = holder(this.api, POLICY);
		String first = holder.check().successor().properties().name();
		this.clock.advance(Duration.ofDays(9));
		TokenRotation notDue = holder.check();
		assertThat(notDue.rotated()).isFalse();
		assertThat(this.delivered).hasSize(1);

		this.clock.advance(Duration.ofDays(1));
		Instant rotatedAt = this.clock.instant();
		TokenRotation due = holder.check();
		assertThat(due.rotated()).isTrue();
		String second = due.successor().properties().name();
		assertThat(this.delivered).extracting(DockerCredentials::username).containsExactly(first, second);
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(second);
		assertThat(due.superseded()).singleElement().satisfies((kept) -> {
			assertThat(kept.token().properties().name()).isEqualTo(first);
			assertThat(kept.retiresAt()).isEqualTo(rotatedAt.plus(Duration.ofHours(2)));
		});
		// The grace is enforced by the service too, should this holder die during it.
		assertThat(stored(first).expiryDate().toInstant()).isEqualTo(rotatedAt.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
		assertThat(names()).containsExactlyInAnyOrder(first, second);

		this.clock.advance(Duration.ofHours(2).minusSeconds(1));
		assertThat(holder.check().retired()).isEmpty();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(holder.check().retired()).extracting((token) -> token.properties().name()).containsExactly(first);
		assertThat(names()).containsExactly(second);
	}

	@Test
	void aTokenWhoseRealExpiryDateComesSoonerIsRenewedBeforeItsAge() {
		CredentialHolder holder = holder(this.api, POLICY);
		String first = holder.check().successor().properties().name();
		// Someone brings the expiry date forward: an hour and a half left, less than the grace of two.
		this.api.registriesTokensPatch(REGISTRY, stored(first).id(), PatchTokenInput.empty()
			.withExpiryDate(OffsetDateTime.now(this.clock).plusHours(1).plusMinutes(30)));
		TokenRotation check = holder.check();
		assertThat(check.rotated()).isTrue();
		assertThat(this.delivered).hasSize(2);
	}

	@Test
	void aTokenThatIsGoneIsReplacedAtTheNextCheck() {
		CredentialHolder holder = holder(this.api, POLICY);
		String first = holder.check().successor().properties().name();
		this.api.registriesTokensDelete(REGISTRY, stored(first).id());
		TokenRotation check = holder.check();
		assertThat(check.rotated()).isTrue();
		assertThat(names()).containsExactly(check.successor().properties().name());
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(check.successor().properties().name());
	}

	@Test
	void aDeliveryThatFailsKeepsTheCurrentTokenAndTheNextCheckDeliversTheSameSuccessor() {
		AtomicBoolean refuse = new AtomicBoolean();
		CredentialHolder holder = new RegistryTokens(this.api, this.registries, REGISTRY, this.clock).holder("ci-pull",
				POLICY, (credentials, rotation) -> {
					if (refuse.getAndSet(false)) {
						throw new IllegalStateException("the secret store is down");
					}
					this.delivered.add(credentials);
				});
		String first = holder.check().successor().properties().name();
		this.clock.advance(Duration.ofDays(10));
		refuse.set(true);
		assertThatIllegalStateException().isThrownBy(holder::check).withMessage("the secret store is down");
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(first);
		assertThat(names()).hasSize(2);
		assertThat(stored(first).expiryDate()).isAfter(OffsetDateTime.now(this.clock).plusDays(10));

		this.clock.advance(Duration.ofMinutes(1));
		TokenRotation retried = holder.check();
		assertThat(retried.rotated()).isFalse();
		assertThat(this.delivered).hasSize(2);
		String second = this.delivered.get(1).username();
		assertThat(names()).containsExactlyInAnyOrder(first, second);
		assertThat(holder.current().orElseThrow().credentials().username()).isEqualTo(second);
		// The grace starts once the successor is delivered.
		assertThat(retried.superseded()).singleElement()
			.satisfies((kept) -> assertThat(kept.retiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofHours(2))));
	}

	@Test
	void aDestinationThatIsNotReadyIsRefusedBeforeAnyTokenIsMade() {
		CredentialHolder holder = new RegistryTokens(this.api, this.registries, REGISTRY, this.clock).holder("ci-pull",
				POLICY, new CredentialDelivery() {

					@Override
					public void checkReady() {
						throw new IllegalArgumentException("The Docker config file x cannot be written");
					}

					@Override
					public void deliver(DockerCredentials credentials, TokenRotation rotation) {
					}

				});
		assertThatIllegalArgumentException().isThrownBy(holder::check);
		assertThat(names()).isEmpty();
	}

	@Test
	void withoutScopesTheFirstTokenTakesThoseOfTheNewestTokenOfTheBaseNameOrSaysWhatIsMissing() {
		RotationPolicy withoutScopes = RotationPolicy.rotateAfter(Duration.ofDays(10));
		assertThatIllegalStateException().isThrownBy(() -> holder(this.api, withoutScopes).check())
			.withMessageContaining("ionos.registry.rotation.ci-pull.scopes");
		this.emulator.seed(REGISTRY, new EmulatedToken(UUID.randomUUID(), "ci-pull", EmulatedStatus.ENABLED, null,
				List.of(EmulatedScope.repository("web", EmulatedScope.PULL)), "seed",
				OffsetDateTime.now(this.clock).minusDays(1), null, null));
		TokenRotation first = holder(this.api, withoutScopes).check();
		assertThat(first.successor().properties().scopes()).containsExactly(Scope.repository("web", Scope.PULL));
		assertThat(names()).hasSize(2).contains("ci-pull");
	}

	@Test
	void holdersOfOneBaseNameKeepTheirOwnTokensAndNeverTouchEachOthers() {
		CredentialHolder one = holder(this.api, POLICY);
		CredentialHolder other = holder(this.api, POLICY);
		assertThat(one.holderId()).isNotEqualTo(other.holderId());
		String ones = one.check().successor().properties().name();
		String others = other.check().successor().properties().name();
		for (int i = 0; i < 3; i++) {
			this.clock.advance(Duration.ofDays(1));
			assertThat(one.check().retired()).isEmpty();
			assertThat(other.check().retired()).isEmpty();
		}
		assertThat(names()).containsExactlyInAnyOrder(ones, others);
	}

	@Test
	void aTokenOfTheHolderThatItDoesNotKnowIsDeleted() {
		CredentialHolder holder = holder(this.api, POLICY);
		String current = holder.check().successor().properties().name();
		String lost = "ci-pull-" + holder.holderId() + "-20260101000000";
		this.emulator.seed(REGISTRY, EmulatedToken.named(lost, EmulatedScope.repository("app/*", EmulatedScope.PULL)));
		assertThat(holder.check().retired()).extracting((token) -> token.properties().name()).containsExactly(lost);
		assertThat(names()).containsExactly(current);
	}

	@ParameterizedTest
	@EnumSource(RotationStep.class)
	void aLostAnswerAtAnyStepLeavesTheHolderWithOneValidTokenAndNothingLeftBehind(RotationStep step) {
		AtomicBoolean armed = new AtomicBoolean();
		AtomicBoolean lost = new AtomicBoolean();
		try (TokensApi losing = EmulatorApis.tokens(this.emulator, losingAnswers(EmulatorApis.jdk(),
				(method, uri) -> armed.get() && step.isCalledBy(method) && !lost.getAndSet(true)))) {
			// A grace shorter than the service's shortest expiry: the holder deletes the token at its end.
			CredentialHolder holder = holder(losing, POLICY.withRetireAfter(Duration.ofMinutes(10)));
			String first = holder.check().successor().properties().name();
			armed.set(true);
			this.clock.advance(Duration.ofDays(10));
			holder.check();
			this.clock.advance(Duration.ofMinutes(10));
			holder.check();
			assertThat(lost).isTrue();
			String current = holder.current().orElseThrow().credentials().username();
			assertThat(current).isNotEqualTo(first);
			assertThat(names()).containsExactly(current);
		}
	}

}
