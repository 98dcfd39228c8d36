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
 * {@link RegistryTokens#rotate} against the emulator: a successor like its predecessor, predecessors deleted only
 * once the successor exists, nothing done when the newest token is young, a lost answer at each step, and rotations
 * running at once.
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
		return HttpClientLibrary.JDK.create(new TransportSettings(new HttpClientOptions(URI.create("http://127.0.0.1"),
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
	void theSuccessorIsLikeItsPredecessorAndThePredecessorsGoOnceItExists() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		seed("ci-push-20260101000000", now.minusDays(2), now.plusDays(58));
		seed("ci-pull", now.minusDays(40), now.plusDays(20));
		try (TokensApi api = api(jdk())) {
			TokenRotation rotation = api.registry(REGISTRY).rotate("ci-push", Duration.ofDays(1));
			assertThat(rotation.rotated()).isTrue();
			assertThat(rotation.successor().hasPassword()).isTrue();
			String name = rotation.successor().properties().name();
			assertThat(name).matches("ci-push-\\d{14}");
			assertThat(rotation.successor().properties().scopes())
				.containsExactly(Scope.repository("app/*", Scope.PULL, Scope.PUSH));
			assertThat(Duration.between(now.plusDays(60), rotation.successor().properties().expiryDate()).abs())
				.isLessThan(Duration.ofMinutes(1));
			assertThat(rotation.deleted()).extracting((token) -> token.properties().name())
				.containsExactlyInAnyOrder("ci-push", "ci-push-20260101000000");
			assertThat(names()).containsExactlyInAnyOrder("ci-pull", name);
		}
	}

	@Test
	void aYoungNewestTokenIsLeftAsItIs() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusHours(2), now.plusDays(20));
		try (TokensApi api = api(jdk())) {
			TokenRotation rotation = api.registry(REGISTRY).rotate("ci-push", Duration.ofDays(1));
			assertThat(rotation.rotated()).isFalse();
			assertThat(rotation.deleted()).isEmpty();
		}
		assertThat(names()).containsExactly("ci-push");
	}

	@Test
	void nothingToRotateAndABadBaseNameAreSaidPlainly() {
		try (TokensApi api = api(jdk())) {
			assertThatIllegalStateException().isThrownBy(() -> api.registry(REGISTRY).rotate("ci-push", Duration.ZERO))
				.withMessageContaining("No token named ci-push or ci-push-<yyyyMMddHHmmss>");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> api.registry(REGISTRY).rotate("a".repeat(49), Duration.ZERO))
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
			TokenRotation rotation = api.registry(REGISTRY).rotate("ci-push", Duration.ofDays(1));
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
		assertThat(names()).singleElement().asString().matches("ci-push-\\d{14}");
	}

	@Test
	void rotationsAtOnceThatMakeTwoSuccessorsKeepBothUntilTheNextRotation() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push", now.minusDays(40), now.plusDays(20));
		Instant instant = Instant.now();
		List<TokenRotation> rotations = rotateAtOnce(Clock.fixed(instant, ZoneOffset.UTC),
				Clock.fixed(instant.plusSeconds(1), ZoneOffset.UTC));
		assertThat(rotations).allMatch(TokenRotation::rotated);
		assertThat(names()).hasSize(2).noneMatch("ci-push"::equals);
		try (TokensApi api = api(jdk())) {
			RegistryTokens later = new RegistryTokens(api, null, REGISTRY,
					Clock.fixed(instant.plusSeconds(5), ZoneOffset.UTC));
			TokenRotation next = later.rotate("ci-push", Duration.ZERO);
			assertThat(next.deleted()).hasSize(2);
			assertThat(names()).containsExactly(next.successor().properties().name());
		}
	}

	private List<TokenRotation> rotateAtOnce(Clock first, Clock second) throws Exception {
		ExecutorService replicas = Executors.newFixedThreadPool(2);
		try (TokensApi api = api(jdk())) {
			List<Future<TokenRotation>> running = new ArrayList<>();
			for (Clock clock : List.of(first, second)) {
				Callable<TokenRotation> rotation = () -> new RegistryTokens(api, null, REGISTRY, clock)
					.rotate("ci-push", Duration.ofDays(1));
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
