package io.github.ionosregistry.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.internal.rotation.RotationNames;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.client.ClientHttpRequestFactory;

import static io.github.ionosregistry.tokens.AnswerLosingTransport.losingAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link RegistryTokens#rotate}, the rotation of a base name shared by its consumers, against the emulator: the first
 * token of a base name, a successor like its predecessor with an expiry date, the predecessor's grace enforced by its
 * expiry date and never shortened later, rotation due by age or by expiry date, a delivery that fails or cannot be
 * made, a lost answer at each step, and rotations running at once.
 */
class SharedRotationTests {

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private TokensEmulator emulator;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.start();
	}

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	private TokensApi api(ClientHttpRequestFactory transport) {
		return EmulatorApis.tokens(this.emulator, transport);
	}

	private EmulatedToken seed(String name, OffsetDateTime created, OffsetDateTime expiry) {
		return this.emulator.seed(REGISTRY, new EmulatedToken(UUID.randomUUID(), name, EmulatedStatus.ENABLED, expiry,
				List.of(EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH)), "seed", created,
				null, null));
	}

	private List<String> names() {
		return this.emulator.tokens(REGISTRY).stream().map(EmulatedToken::name).toList();
	}

	private OffsetDateTime expiryOf(String name) {
		return this.emulator.token(REGISTRY, name).orElseThrow().expiryDate();
	}

	@Test
	void theSuccessorIsLikeItsPredecessorWhichStopsAtTheGracesEndByItsExpiryDate() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		EmulatedToken recent = seed("ci-push-20260101000000", now.minusDays(2), now.plusDays(58));
		seed("ci-pull", now.minusDays(40), now.plusDays(20));
		Instant at = now.toInstant();
		try (TokensApi api = api(EmulatorApis.jdk())) {
			TokenRotation rotation = at(api, at)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)).withRetireAfter(Duration.ofHours(12)));
			assertThat(rotation.rotated()).isTrue();
			assertThat(rotation.successor().hasPassword()).isTrue();
			String name = rotation.successor().properties().name();
			assertThat(name).isEqualTo("ci-push-" + RotationNames.stamp(at));
			assertThat(rotation.successor().properties().scopes())
				.containsExactly(Scope.repository("app/*", Scope.PULL, Scope.PUSH));
			// The lifetime of the token it succeeds: 60 days.
			assertThat(rotation.successor().properties().expiryDate()).isEqualTo(now.plusDays(60));
			// The newest is superseded now: valid for the grace of 12 h, which its expiry date now enforces; the
			// older one keeps the date it had.
			assertThat(rotation.superseded()).extracting((kept) -> kept.token().properties().name(),
					SupersededToken::supersededAt, SupersededToken::retiresAt)
				.containsExactly(tuple("ci-push", recent.createdDate().toInstant(), now.plusDays(20).toInstant()),
						tuple("ci-push-20260101000000", at, at.plus(Duration.ofHours(12))));
			assertThat(expiryOf("ci-push-20260101000000")).isEqualTo(now.plusHours(12));
			assertThat(expiryOf("ci-push")).isEqualTo(now.plusDays(20));
			assertThat(rotation.retired()).isEmpty();
			assertThat(names()).containsExactlyInAnyOrder("ci-push", "ci-pull", "ci-push-20260101000000", name);
		}
	}

	@Test
	void theFirstTokenOfABaseNameIsMadeWithThePolicysScopesAndLifetime() {
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		try (TokensApi api = api(EmulatorApis.jdk())) {
			TokenRotation rotation = at(api, at).rotate("ci-pull", RotationPolicy.rotateAfter(Duration.ofDays(10))
				.withRetireAfter(Duration.ofDays(1))
				.withScopes(Scope.repository("app/*", Scope.PULL)));
			assertThat(rotation.successor().properties().name()).isEqualTo("ci-pull-" + RotationNames.stamp(at));
			assertThat(rotation.successor().properties().scopes()).containsExactly(Scope.repository("app/*", Scope.PULL));
			// Twice rotateAfter plus retireAfter: a successor that cannot be made when due has as long again.
			assertThat(rotation.successor().properties().expiryDate().toInstant()).isEqualTo(at.plus(Duration.ofDays(21)));
			assertThat(rotation.superseded()).isEmpty();
		}
	}

	@Test
	void aGraceShorterThanAnHourEndsAnHourAheadAndALaterShorterGraceNeverShortensAPromise() {
		OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusDays(40);
		seed("ci-push", created, null);
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		try (TokensApi api = api(EmulatorApis.jdk())) {
			RotationPolicy policy = RotationPolicy.rotateAfter(Duration.ZERO).withLifetime(Duration.ofDays(30));
			TokenRotation first = at(api, start).rotate("ci-push", policy.withRetireAfter(Duration.ofMinutes(10)));
			assertThat(first.superseded()).singleElement()
				.satisfies((kept) -> assertThat(kept.retiresAt()).isEqualTo(start.plus(Duration.ofMinutes(61))));
			assertThat(expiryOf("ci-push").toInstant()).isEqualTo(start.plus(Duration.ofMinutes(61)));
			String second = first.successor().properties().name();

			TokenRotation later = at(api, start.plusSeconds(1)).rotate("ci-push",
					policy.withRetireAfter(Duration.ofHours(6)));
			TokenRotation shorter = at(api, start.plusSeconds(2)).rotate("ci-push",
					policy.withRetireAfter(Duration.ofHours(2)));
			assertThat(expiryOf(second).toInstant()).isEqualTo(start.plusSeconds(1).plus(Duration.ofHours(6)));
			assertThat(shorter.superseded()).filteredOn((kept) -> kept.token().properties().name().equals(second))
				.singleElement()
				.satisfies((kept) -> assertThat(kept.retiresAt()).isEqualTo(start.plusSeconds(1).plus(Duration.ofHours(6))));
			assertThat(names()).containsExactlyInAnyOrder("ci-push", second, later.successor().properties().name(),
					shorter.successor().properties().name());
		}
	}

	@Test
	void aGraceOfZeroDeletesTheSupersededTokenAtOnce() {
		seed("ci-push", OffsetDateTime.now(ZoneOffset.UTC).minusDays(40), null);
		try (TokensApi api = api(EmulatorApis.jdk())) {
			TokenRotation rotation = api.registry(REGISTRY)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)).withRetireAfter(Duration.ZERO));
			assertThat(rotation.retired()).extracting((token) -> token.properties().name()).containsExactly("ci-push");
			assertThat(names()).containsExactly(rotation.successor().properties().name());
		}
	}

	@Test
	void aTokenWhoseExpiryDateLeavesLessThanTheGraceIsRotatedBeforeItsAge() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		seed("ci-push", now.minusDays(2), now.plusHours(10));
		try (TokensApi api = api(EmulatorApis.jdk())) {
			TokenRotation rotation = api.registry(REGISTRY)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(30)).withRetireAfter(Duration.ofDays(1)));
			assertThat(rotation.rotated()).isTrue();
			// Its expiry date, ten hours away, is sooner than the grace's end: it stays.
			assertThat(rotation.superseded()).singleElement()
				.satisfies((kept) -> assertThat(kept.retiresAt()).isEqualTo(now.plusHours(10).toInstant()));
		}
	}

	@Test
	void aDeliveryThatFailsLeavesNoSuccessorAndTheNewestAsItWas() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		try (TokensApi api = api(EmulatorApis.jdk()); RegistriesApi registries = EmulatorApis.registries(this.emulator)) {
			RegistryTokens tokens = RegistryTokens.of(api, registries, REGISTRY);
			List<String> delivered = new ArrayList<>();
			assertThatIllegalStateException().isThrownBy(() -> tokens.rotate("ci-push",
					RotationPolicy.rotateAfter(Duration.ofDays(1)), (credentials, rotation) -> {
						delivered.add(credentials.username());
						throw new IllegalStateException("the secret store is down");
					}))
				.withMessage("the secret store is down");
			assertThat(delivered).singleElement().asString().startsWith("ci-push-");
			assertThat(names()).containsExactly("ci-push");
			assertThat(expiryOf("ci-push")).isEqualTo(now.plusDays(20));
		}
	}

	@Test
	void aDestinationThatIsNotReadyIsRefusedBeforeAnyTokenIsMade() {
		seed("ci-push", OffsetDateTime.now(ZoneOffset.UTC).minusDays(40), null);
		try (TokensApi api = api(EmulatorApis.jdk()); RegistriesApi registries = EmulatorApis.registries(this.emulator)) {
			CredentialDelivery refusing = new CredentialDelivery() {

				@Override
				public void checkReady() {
					throw new IllegalArgumentException("The Docker config file x cannot be written");
				}

				@Override
				public void deliver(DockerCredentials credentials, TokenRotation rotation) {
				}

			};
			assertThatIllegalArgumentException().isThrownBy(() -> RegistryTokens.of(api, registries, REGISTRY)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ZERO), refusing));
			assertThat(names()).containsExactly("ci-push");
		}
	}

	@Test
	void aPolicyOfNegativeOrMissingDurationsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RotationPolicy.rotateAfter(Duration.ofHours(-1)))
			.withMessage("rotateAfter must be zero or more, was PT-1H");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(null))
			.withMessage("retireAfter must be zero or more, was null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.rotateAfter(Duration.ofDays(10)).withLifetime(Duration.ofDays(5)))
			.withMessageStartingWith("lifetime (PT120H) must be longer than rotateAfter (PT240H) plus retireAfter (PT24H)");
		assertThat(RotationPolicy.rotateAfter(Duration.ZERO).retireAfter()).isEqualTo(Duration.ofDays(1));
		assertThat(RotationPolicy.rotateAfter(Duration.ofSeconds(8)).withRetireAfter(Duration.ofSeconds(4))
			.tokenLifetime()).isEqualTo(RotationPolicy.SHORTEST_EXPIRY);
	}

	private RegistryTokens at(TokensApi api, Instant now) {
		return new RegistryTokens(api, null, REGISTRY, Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aYoungNewestTokenIsLeftAsItIs() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusHours(2), now.plusDays(20));
		try (TokensApi api = api(EmulatorApis.jdk())) {
			TokenRotation rotation = api.registry(REGISTRY).rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)));
			assertThat(rotation.rotated()).isFalse();
			assertThat(rotation.retired()).isEmpty();
			assertThat(rotation.superseded()).isEmpty();
		}
		assertThat(names()).containsExactly("ci-push");
	}

	@Test
	void aBaseNameWithoutTokensOrScopesAndABadBaseNameAreSaidPlainly() {
		try (TokensApi api = api(EmulatorApis.jdk())) {
			assertThatIllegalStateException()
				.isThrownBy(() -> api.registry(REGISTRY).rotate("ci-push", RotationPolicy.rotateAfter(Duration.ZERO)))
				.withMessageContaining("No token of ci-push (named ci-push, ci-push-<yyyyMMddHHmmss>")
				.withMessageContaining("RotationPolicy.withScopes");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> api.registry(REGISTRY).rotate("a".repeat(42), RotationPolicy.rotateAfter(Duration.ZERO)))
				.withMessageContaining("baseName: the base name '" + "a".repeat(42) + "' must be 2 to 41");
		}
		assertThat(names()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(RotationStep.class)
	void aLostAnswerAtAnyStepLeavesOneValidTokenWithItsPassword(RotationStep step) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		AtomicBoolean lost = new AtomicBoolean();
		Duration grace = (step == RotationStep.DELETE) ? Duration.ZERO : Duration.ofHours(2);
		try (TokensApi api = api(losingAnswers(EmulatorApis.jdk(), (method, uri) -> step.isCalledBy(method)
				&& !lost.getAndSet(true)))) {
			TokenRotation rotation = api.registry(REGISTRY)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)).withRetireAfter(grace));
			assertThat(lost).isTrue();
			assertThat(rotation.rotated()).isTrue();
			assertThat(rotation.successor().hasPassword()).isTrue();
			String successor = rotation.successor().properties().name();
			if (step == RotationStep.DELETE) {
				assertThat(names()).containsExactly(successor);
			}
			else {
				assertThat(names()).containsExactlyInAnyOrder("ci-push", successor);
				assertThat(Duration.between(now, expiryOf("ci-push"))).isLessThanOrEqualTo(Duration.ofHours(2).plusMinutes(1));
			}
		}
	}

	@Test
	void rotationsAtOnceInTheSameSecondMakeOneSuccessor() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
		List<TokenRotation> rotations = rotateAtOnce(clock, clock);
		assertThat(rotations).filteredOn(TokenRotation::rotated).hasSize(1);
		String successor = rotations.stream().filter(TokenRotation::rotated).findFirst().orElseThrow().successor()
			.properties().name();
		assertThat(successor).matches("ci-push-\\d{14}");
		assertThat(names()).containsExactlyInAnyOrder("ci-push", successor);
	}

	@Test
	void rotationsAtOnceThatMakeTwoSuccessorsLeaveBothValidAndTheNewestCurrent() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		Instant instant = Instant.now();
		List<TokenRotation> rotations = rotateAtOnce(Clock.fixed(instant, ZoneOffset.UTC),
				Clock.fixed(instant.plusSeconds(1), ZoneOffset.UTC));
		assertThat(rotations).allMatch(TokenRotation::rotated);
		assertThat(names()).hasSize(3).contains("ci-push");
		try (TokensApi api = api(EmulatorApis.jdk())) {
			TokenRotation next = at(api, instant.plusSeconds(5)).rotate("ci-push",
					RotationPolicy.rotateAfter(Duration.ofDays(1)));
			assertThat(next.rotated()).isFalse();
			assertThat(next.superseded()).hasSize(2);
			assertThat(next.superseded()).allSatisfy((kept) -> assertThat(kept.token().properties().expiryDate()).isNotNull());
		}
	}

	private List<TokenRotation> rotateAtOnce(Clock first, Clock second) throws Exception {
		ExecutorService replicas = Executors.newFixedThreadPool(2);
		try (TokensApi api = api(EmulatorApis.jdk())) {
			List<Future<TokenRotation>> running = new ArrayList<>();
			for (Clock clock : List.of(first, second)) {
				Callable<TokenRotation> rotation = () -> new RegistryTokens(api, null, REGISTRY, clock)
					.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)));
				running.add(replicas.submit(rotation));
			}
			List<TokenRotation> rotations = new ArrayList<>();
			for (Future<TokenRotation> rotation : running) {
				rotations.add(rotation.get());
			}
			for (TokenRotation rotation : rotations) {
				if (rotation.rotated()) {
					assertThat(rotation.successor().hasPassword()).isTrue();
				}
			}
			return rotations;
		}
		finally {
			replicas.shutdownNow();
		}
	}

	@Test
	void expiringWithinListsTheTokensThatExpireSoonestFirst() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("later", now.minusDays(1), now.plusDays(30));
		seed("soon", now.minusDays(1), now.plusDays(2));
		seed("sooner", now.minusDays(1), now.plusHours(5));
		this.emulator.seed(REGISTRY, EmulatedToken.named("never"));
		try (TokensApi api = api(EmulatorApis.jdk())) {
			assertThat(api.registry(REGISTRY).expiringWithin(Duration.ofDays(7)))
				.extracting((TokenResponse token) -> token.properties().name())
				.containsExactly("sooner", "soon");
		}
	}

}
