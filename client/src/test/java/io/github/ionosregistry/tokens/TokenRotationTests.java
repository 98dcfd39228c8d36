package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiPredicate;

import io.github.ionosregistry.tokens.internal.http.BufferedHttpRequest;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link RegistryTokens#rotate} against the emulator: a successor like its predecessor, superseded tokens kept for
 * their grace and retired after it, the newest never deleted, nothing done when the newest token is young, a lost
 * answer at each step, and rotations running at once.
 */
class TokenRotationTests {

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
		return TokensApi.builder()
			.apiUrl(this.emulator.apiUrl())
			.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN))
			.retry(RetrySettings.defaults().withInitialDelay(Duration.ofMillis(5)).withMaxDelay(Duration.ofMillis(20)))
			.sharedRequestFactory(transport)
			.build();
	}

	private static ClientHttpRequestFactory jdk() {
		return HttpClientLibrary.JDK.create(new RequestFactorySettings(new HttpClientOptions(URI.create("http://127.0.0.1"),
				Duration.ofSeconds(5), Duration.ofSeconds(5), 10), 4 << 20, null, null));
	}

	private EmulatedToken seed(String name, OffsetDateTime created, OffsetDateTime expiry) {
		return this.emulator.seed(REGISTRY, new EmulatedToken(UUID.randomUUID(), name, EmulatedStatus.ENABLED, expiry,
				List.of(EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH)), "seed", created,
				null, null));
	}

	private List<String> names() {
		return this.emulator.tokens(REGISTRY).stream().map(EmulatedToken::name).toList();
	}

	@Test
	void theSuccessorIsLikeItsPredecessorAndSupersededTokensGoOnlyOnceTheirGraceHasPassed() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		EmulatedToken recent = seed("ci-push-20260101000000", now.minusDays(2), now.plusDays(58));
		seed("ci-pull", now.minusDays(40), now.plusDays(20));
		try (TokensApi api = api(jdk())) {
			TokenRotation rotation = api.registry(REGISTRY)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)).withRetireAfter(Duration.ofHours(12)));
			assertThat(rotation.rotated()).isTrue();
			assertThat(rotation.successor().hasPassword()).isTrue();
			String name = rotation.successor().properties().name();
			assertThat(name).matches("ci-push-\\d{14}");
			assertThat(rotation.successor().properties().scopes())
				.containsExactly(Scope.repository("app/*", Scope.PULL, Scope.PUSH));
			assertThat(Duration.between(now.plusDays(60), rotation.successor().properties().expiryDate()).abs())
				.isLessThan(Duration.ofMinutes(1));
			// ci-push was superseded two days ago by ci-push-2026…: past its grace of 12 h.
			assertThat(rotation.retired()).extracting((token) -> token.properties().name()).containsExactly("ci-push");
			// ci-push-2026… is superseded by the successor from now on, for 12 h.
			Instant successorCreated = rotation.successor().metadata().createdDate().toInstant();
			assertThat(rotation.superseded()).singleElement().satisfies((kept) -> {
				assertThat(kept.token().id()).isEqualTo(recent.id());
				assertThat(kept.supersededAt()).isEqualTo(successorCreated);
				assertThat(kept.retiresAt()).isEqualTo(successorCreated.plus(Duration.ofHours(12)));
			});
			assertThat(rotation.notRetired()).isEmpty();
			assertThat(names()).containsExactlyInAnyOrder("ci-pull", "ci-push-20260101000000", name);
		}
	}

	@Test
	void theGraceIsKeptRetirementFollowsItAndTheNewestIsNeverDeleted() {
		OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusDays(40);
		seed("ci-push", created, null);
		RotationPolicy policy = RotationPolicy.rotateAfter(Duration.ofDays(30)).withRetireAfter(Duration.ofHours(1));
		Instant start = Instant.now();
		try (TokensApi api = api(jdk())) {
			TokenRotation first = at(api, start).rotate("ci-push", policy);
			assertThat(first.rotated()).isTrue();
			String successor = first.successor().properties().name();
			Instant retiresAt = first.superseded().get(0).retiresAt();
			assertThat(names()).containsExactlyInAnyOrder("ci-push", successor);

			TokenRotation duringTheGrace = at(api, retiresAt.minusSeconds(1)).rotate("ci-push", policy);
			assertThat(duringTheGrace.rotated()).isFalse();
			assertThat(duringTheGrace.retired()).isEmpty();
			assertThat(duringTheGrace.superseded()).extracting((kept) -> kept.token().properties().name())
				.containsExactly("ci-push");
			assertThat(names()).containsExactlyInAnyOrder("ci-push", successor);

			TokenRotation afterTheGrace = at(api, retiresAt).rotate("ci-push", policy);
			assertThat(afterTheGrace.rotated()).isFalse();
			assertThat(afterTheGrace.retired()).extracting((token) -> token.properties().name()).containsExactly("ci-push");
			assertThat(names()).containsExactly(successor);

			TokenRotation withoutGrace = at(api, retiresAt.plus(Duration.ofDays(1)))
				.rotate("ci-push", policy.withRetireAfter(Duration.ZERO));
			assertThat(withoutGrace.rotated()).isFalse();
			assertThat(withoutGrace.retired()).isEmpty();
			assertThat(names()).containsExactly(successor);
		}
	}

	@Test
	void aPolicyOfNegativeOrMissingDurationsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RotationPolicy.rotateAfter(Duration.ofHours(-1)))
			.withMessage("rotateAfter must be zero or more, was PT-1H");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(null))
			.withMessage("retireAfter must be zero or more, was null");
		assertThat(RotationPolicy.rotateAfter(Duration.ZERO).retireAfter()).isEqualTo(Duration.ofDays(1));
	}

	private RegistryTokens at(TokensApi api, Instant now) {
		return new RegistryTokens(api, null, REGISTRY, Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aYoungNewestTokenIsLeftAsItIs() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusHours(2), now.plusDays(20));
		try (TokensApi api = api(jdk())) {
			TokenRotation rotation = api.registry(REGISTRY).rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)));
			assertThat(rotation.rotated()).isFalse();
			assertThat(rotation.retired()).isEmpty();
			assertThat(rotation.superseded()).isEmpty();
		}
		assertThat(names()).containsExactly("ci-push");
	}

	@Test
	void nothingToRotateAndABadBaseNameAreSaidPlainly() {
		try (TokensApi api = api(jdk())) {
			assertThatIllegalStateException()
				.isThrownBy(() -> api.registry(REGISTRY).rotate("ci-push", RotationPolicy.rotateAfter(Duration.ZERO)))
				.withMessageContaining("No token named ci-push or ci-push-<yyyyMMddHHmmss>");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> api.registry(REGISTRY).rotate("a".repeat(49), RotationPolicy.rotateAfter(Duration.ZERO)))
				.withMessageContaining("must be 2 to 48");
		}
	}

	enum Step {

		LIST(HttpMethod.GET), CREATE(HttpMethod.PUT), DELETE(HttpMethod.DELETE);

		private final HttpMethod method;

		Step(HttpMethod method) {
			this.method = method;
		}

	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void aLostAnswerAtAnyStepLeavesOneValidTokenWithItsPassword(Step step) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		AtomicBoolean lost = new AtomicBoolean();
		try (TokensApi api = api(losingTheFirstAnswer(jdk(), (method, uri) -> method.equals(step.method)
				&& !lost.getAndSet(true)))) {
			TokenRotation rotation = api.registry(REGISTRY)
				.rotate("ci-push", RotationPolicy.rotateAfter(Duration.ofDays(1)).withRetireAfter(Duration.ZERO));
			assertThat(lost).isTrue();
			assertThat(rotation.rotated()).isTrue();
			assertThat(rotation.successor().hasPassword()).isTrue();
			assertThat(names()).containsExactly(rotation.successor().properties().name());
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
	void rotationsAtOnceThatMakeTwoSuccessorsKeepBothUntilTheNextRotation() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		Instant instant = Instant.now();
		List<TokenRotation> rotations = rotateAtOnce(Clock.fixed(instant, ZoneOffset.UTC),
				Clock.fixed(instant.plusSeconds(1), ZoneOffset.UTC));
		assertThat(rotations).allMatch(TokenRotation::rotated);
		assertThat(names()).hasSize(3).contains("ci-push");
		try (TokensApi api = api(jdk())) {
			TokenRotation duringTheGrace = at(api, instant.plusSeconds(5)).rotate("ci-push",
					RotationPolicy.rotateAfter(Duration.ofDays(1)));
			assertThat(duringTheGrace.rotated()).isFalse();
			assertThat(duringTheGrace.superseded()).hasSize(2);
			assertThat(names()).hasSize(3);
			TokenRotation next = at(api, instant.plusSeconds(5)).rotate("ci-push",
					RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(Duration.ZERO));
			assertThat(next.retired()).hasSize(3);
			assertThat(names()).containsExactly(next.successor().properties().name());
		}
	}

	private List<TokenRotation> rotateAtOnce(Clock first, Clock second) throws Exception {
		ExecutorService replicas = Executors.newFixedThreadPool(2);
		try (TokensApi api = api(jdk())) {
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
		try (TokensApi api = api(jdk())) {
			assertThat(api.registry(REGISTRY).expiringWithin(Duration.ofDays(7)))
				.extracting((TokenResponse token) -> token.properties().name())
				.containsExactly("sooner", "soon");
		}
	}

	/** Sends each request, but loses the answer of the one the predicate picks, after the server acted on it. */
	private static ClientHttpRequestFactory losingTheFirstAnswer(ClientHttpRequestFactory factory,
			BiPredicate<HttpMethod, URI> lose) {
		return (uri, method) -> {
			ClientHttpRequest request = factory.createRequest(uri, method);
			if (!lose.test(method, uri)) {
				return request;
			}
			return new BufferedHttpRequest(uri, method, Duration.ofSeconds(5)) {

				@Override
				protected org.springframework.http.client.ClientHttpResponse execute(
						org.springframework.http.HttpHeaders headers, byte[] body, Deadline deadline, Duration remaining)
						throws IOException {
					request.getHeaders().putAll(headers);
					request.getAttributes().putAll(getAttributes());
					request.getBody().write(body);
					request.execute().close();
					throw new SocketException("Connection reset");
				}

			};
		};
	}

}
