package io.github.ionosregistry.tokens.internal.call;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.internal.call.Attempt;
import io.github.ionosregistry.tokens.internal.call.CallRetrier;
import io.github.ionosregistry.tokens.internal.call.Operation;
import io.github.ionosregistry.tokens.internal.call.RetryAfter;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which failed attempts {@link CallRetrier} repeats, for each operation: what the failure tells about the service's
 * state decides.
 */
class CallRetrierTests {

	private static final URI URI = java.net.URI.create("http://127.0.0.1/registries/r/tokens");

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final CallRetrier retrier = new CallRetrier(
			new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(2), 1.0, false), MINUTE, MINUTE,
			ObservationRegistry.NOOP);

	/** A call whose attempts fail as given, then succeed. */
	private static final class Script {

		private final Deque<RuntimeException> failures;

		private int attempts;

		Script(RuntimeException... failures) {
			this.failures = new ArrayDeque<>(Arrays.asList(failures));
		}

		private final List<Boolean> followedUnknownOutcome = new java.util.ArrayList<>();

		String attempt(Attempt attempt) {
			this.attempts++;
			assertThat(attempt.number()).isEqualTo(this.attempts);
			this.followedUnknownOutcome.add(attempt.followsUnknownOutcome());
			RuntimeException failure = this.failures.poll();
			if (failure != null) {
				throw failure;
			}
			return "done";
		}

	}

	private static IonosApiException answer(int status) {
		return new IonosApiException(HttpMethod.GET, URI, HttpStatusCode.valueOf(status), List.of(), null);
	}

	private static IonosCommunicationException ioFailure(IOException cause) {
		return new IonosCommunicationException(HttpMethod.GET, URI, "I/O error",
				new ResourceAccessException("I/O error", cause));
	}

	private static RuntimeException failure(String kind) {
		return switch (kind) {
			case "refused" -> ioFailure(new ConnectException("Connection refused"));
			case "connect-timeout" -> ioFailure(new HttpConnectTimeoutException("connect timed out"));
			case "reset" -> ioFailure(new java.net.SocketException("Connection reset"));
			case "read-timeout" -> ioFailure(new SocketTimeoutException("Read timed out"));
			case "unknown-host" -> ioFailure(new UnknownHostException("api.example"));
			case "unreadable" -> new IonosCommunicationException(HttpMethod.GET, URI, "the answer could not be read", null);
			default -> answer(Integer.parseInt(kind));
		};
	}

	@ParameterizedTest(name = "{0} after {1}: {2} attempts")
	@CsvSource({ "CREATE, refused, 2", "CREATE, connect-timeout, 2", "CREATE, 429, 2", "CREATE, reset, 1",
			"CREATE, read-timeout, 1", "CREATE, 503, 1", "CREATE, 502, 1", "CREATE, 500, 1", "CREATE, 400, 1",
			"FIND, reset, 2", "FIND, read-timeout, 2", "FIND, 500, 2", "FIND, 504, 2", "FIND, 404, 1",
			"FIND, unknown-host, 1", "FIND, unreadable, 1", "LIST, 429, 2", "REPLACE, reset, 2", "REPLACE, 503, 2",
			"REPLACE, 500, 1", "UPDATE, read-timeout, 2", "UPDATE, 500, 1", "DELETE, 504, 2", "DELETE, 500, 1",
			"DELETE, 401, 1" })
	void whatIsRepeated(Operation operation, String failure, int expectedAttempts) {
		Script script = new Script(failure(failure));
		try {
			assertThat(this.retrier.call(operation, script::attempt)).isEqualTo("done");
		}
		catch (IonosRegistryException ex) {
			assertThat(expectedAttempts).as("failed without a repeat").isOne();
		}
		assertThat(script.attempts).isEqualTo(expectedAttempts);
	}

	@Test
	void aPostIsRepeatedAfterAnUnknownOutcomeOnlyWhenAskedTo() {
		CallRetrier retryingPosts = new CallRetrier(
				new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(2), 1.0, true), MINUTE, MINUTE,
				ObservationRegistry.NOOP);
		Script script = new Script(failure("reset"), failure("503"));
		assertThat(retryingPosts.call(Operation.CREATE, script::attempt)).isEqualTo("done");
		assertThat(script.attempts).isEqualTo(3);
	}

	@ParameterizedTest
	@CsvSource({ "reset", "read-timeout", "502", "503", "504" })
	void anAttemptLearnsThatAnEarlierOneHadAnUnknownOutcome(String firstFailure) {
		Script script = new Script(failure(firstFailure), answer(429));
		assertThat(this.retrier.call(Operation.DELETE, script::attempt)).isEqualTo("done");
		assertThat(script.followedUnknownOutcome).containsExactly(false, true, true);
	}

	@ParameterizedTest
	@CsvSource({ "refused", "connect-timeout", "429" })
	void anAttemptAfterFailuresThatDidNothingFollowsNoUnknownOutcome(String firstFailure) {
		Script script = new Script(failure(firstFailure));
		assertThat(this.retrier.call(Operation.DELETE, script::attempt)).isEqualTo("done");
		assertThat(script.followedUnknownOutcome).containsExactly(false, false);
	}

	@Test
	void anErrorIsThrownAsItIsWithoutARepeat() {
		Script script = new Script();
		OutOfMemoryError error = new OutOfMemoryError("Java heap space");
		assertThatExceptionOfType(OutOfMemoryError.class).isThrownBy(() -> this.retrier.call(Operation.FIND, (attempt) -> {
			script.attempt(attempt);
			throw error;
		})).isSameAs(error);
		assertThat(script.attempts).isOne();
	}

	@ParameterizedTest
	@EnumSource(Operation.class)
	void afterEveryAttemptTheLastFailureIsThrown(Operation operation) {
		Script script = new Script(failure("429"), failure("429"), failure("429"), failure("refused"));
		assertThatExceptionOfType(IonosCommunicationException.class)
			.isThrownBy(() -> this.retrier.call(operation, script::attempt));
		assertThat(script.attempts).isEqualTo(4);
	}

	@Test
	void neverMakesOneAttempt() {
		CallRetrier never = new CallRetrier(RetrySettings.never(), MINUTE, MINUTE, ObservationRegistry.NOOP);
		Script script = new Script(failure("503"));
		assertThatExceptionOfType(IonosApiException.class).isThrownBy(() -> never.call(Operation.FIND, script::attempt));
		assertThat(script.attempts).isOne();
	}

	@Test
	void theWaitsGrowByTheMultiplierWithAJitterOfUpToHalfTheInitialDelayCappedByTheMaxDelay() {
		CallRetrier retrier = new CallRetrier(RetrySettings.defaults()
			.withInitialDelay(Duration.ofMillis(500))
			.withMultiplier(2.0)
			.withMaxDelay(Duration.ofSeconds(3)), MINUTE, MINUTE, ObservationRegistry.NOOP);
		for (int i = 0; i < 200; i++) {
			assertThat(retrier.exponentialWait(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(750));
			assertThat(retrier.exponentialWait(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1250));
			assertThat(retrier.exponentialWait(3)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(2250));
			assertThat(retrier.exponentialWait(4)).isBetween(Duration.ofMillis(2999), Duration.ofMillis(3000));
			assertThat(retrier.exponentialWait(60)).isBetween(Duration.ofMillis(2999), Duration.ofMillis(3000));
		}
	}

	@Test
	void aRetryAfterOfAnySizeIsCappedByTheMaxDelay() {
		IonosApiException huge = new IonosApiException(HttpMethod.GET, URI, HttpStatusCode.valueOf(503), List.of(),
				null, RetryAfter.parse("10000000000000000", java.time.Clock.systemUTC()));
		CallRetrier retrier = new CallRetrier(
				RetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)).withMaxDelay(Duration.ofMillis(50)),
				MINUTE, MINUTE, ObservationRegistry.NOOP);
		Script script = new Script(huge);
		long start = System.nanoTime();
		assertThat(retrier.call(Operation.FIND, script::attempt)).isEqualTo("done");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(script.attempts).isEqualTo(2);
	}

	@Test
	void noRepeatStartsWhoseWaitWouldOutlastTheCall() {
		CallRetrier retrier = new CallRetrier(RetrySettings.defaults().withInitialDelay(Duration.ofSeconds(2)),
				MINUTE, Duration.ofMillis(500), ObservationRegistry.NOOP);
		Script script = new Script(failure("503"));
		assertThatExceptionOfType(IonosApiException.class).isThrownBy(() -> retrier.call(Operation.FIND, script::attempt));
		assertThat(script.attempts).isOne();
	}

	@Test
	void eachAttemptsDeadlineIsTheSoonerOfItsOwnAndTheCalls() {
		CallRetrier retrier = new CallRetrier(RetrySettings.defaults().withInitialDelay(Duration.ofMillis(1)),
				Duration.ofSeconds(30), Duration.ofSeconds(5), ObservationRegistry.NOOP);
		List<Deadline> deadlines = new java.util.ArrayList<>();
		retrier.call(Operation.FIND, (attempt) -> {
			deadlines.add(attempt.deadline());
			if (attempt.number() == 1) {
				throw failure("503");
			}
			return "done";
		});
		assertThat(deadlines).extracting(Deadline::setting).containsExactly(Deadline.CALL_TIMEOUT, Deadline.CALL_TIMEOUT);
		assertThat(deadlines.get(0).remaining()).isLessThanOrEqualTo(Duration.ofSeconds(5));
		CallRetrier longCall = new CallRetrier(RetrySettings.never(), Duration.ofSeconds(1), MINUTE,
				ObservationRegistry.NOOP);
		assertThat(longCall.call(Operation.FIND, Attempt::deadline).setting()).isEqualTo(Deadline.ATTEMPT_TIMEOUT);
	}

}
