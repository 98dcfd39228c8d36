package io.github.ionosregistry.tokens.internal.call;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Runs the attempts of a call with Spring Framework's {@link RetryTemplate}, within the call's deadlines, repeating
 * those that failed for a passing reason when a repeat is safe for the operation:
 * <ul>
 * <li>any operation, when nothing happened: the connection was refused or not made in time, or the answer was
 * 429;</li>
 * <li>all but a create by POST, when the outcome is unknown: an I/O failure after sending, a read time-out, an
 * attempt past its time-out, 502, 503 or 504 (a POST too if {@link RetrySettings#retryPost()});</li>
 * <li>reads only, after 500.</li>
 * </ul>
 * Each attempt must end by its deadline: the sooner of the {@code attempt-timeout} from its start and the
 * {@code call-timeout} from the call's start. The first attempt is never delayed; the n-th wait is
 * {@code initialDelay × multiplier^(n-1)} plus a random jitter of up to half the initial delay, capped by
 * {@link RetrySettings#maxDelay()}; a {@code Retry-After} sets the wait instead, capped the same way. No repeat starts
 * whose wait would end after the call's deadline. Each attempt learns whether an earlier one had an unknown outcome
 * (a DELETE whose repeat meets 404 then succeeded: the token is gone). Each repeat is logged at DEBUG and its wait
 * observed as {@value #OBSERVATION_NAME}. When no attempt succeeds, the last failure is thrown; an {@link Error} is
 * never repeated nor wrapped.
 */
public final class CallRetrier {

	static final String OBSERVATION_NAME = "ionos.registry.retries";

	private static final Log logger = LogFactory.getLog(CallRetrier.class);

	private final RetrySettings settings;

	private final Duration attemptTimeout;

	private final Duration callTimeout;

	private final ObservationRegistry observationRegistry;

	public CallRetrier(RetrySettings settings, Duration attemptTimeout, Duration callTimeout,
			ObservationRegistry observationRegistry) {
		this.settings = settings;
		this.attemptTimeout = attemptTimeout;
		this.callTimeout = callTimeout;
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Runs a call's attempts.
	 * @param operation the operation
	 * @param attempt makes one attempt
	 * @return the answer of the attempt that succeeded
	 * @throws IonosRegistryException of a public type, the last attempt's failure
	 */
	<T> T call(Operation operation, Function<Attempt, T> attempt) {
		try {
			return attempts(operation, attempt);
		}
		catch (ClassifiedCommunicationException ex) {
			throw ex.toPublic();
		}
	}

	private <T> T attempts(Operation operation, Function<Attempt, T> attempt) {
		Deadline callDeadline = Deadline.in(Deadline.CALL_TIMEOUT, this.callTimeout);
		if (this.settings.maxRetries() == 0) {
			return attempt.apply(new Attempt(1, false, attemptDeadline(callDeadline)));
		}
		Attempts<T> attempts = new Attempts<>(operation, attempt, callDeadline);
		RetryTemplate retryTemplate = new RetryTemplate(
				RetryPolicy.builder().predicate(attempts::shouldRepeat).backOff(attempts).build());
		try {
			return retryTemplate.execute(attempts);
		}
		catch (RetryException ex) {
			Throwable last = ex.getCause();
			if (last instanceof RuntimeException runtimeException) {
				throw runtimeException;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Unexpected failure of " + operation.describe(), last);
		}
		finally {
			attempts.endWait();
		}
	}

	private Deadline attemptDeadline(Deadline callDeadline) {
		return Deadline.in(Deadline.ATTEMPT_TIMEOUT, this.attemptTimeout).soonerOf(callDeadline);
	}

	private boolean mayRepeat(Operation operation, AttemptOutcome outcome) {
		return switch (outcome) {
			case NOT_PROCESSED -> true;
			case UNKNOWN -> operation.isIdempotent() || this.settings.retryPost();
			case SERVER_ERROR -> operation.isRead();
			case FINAL -> false;
		};
	}

	/**
	 * The wait before the given retry: exponential growth with a jitter of up to half the initial delay, capped by
	 * the maximum delay.
	 * @param retry 1 for the first retry
	 * @return the wait
	 */
	Duration exponentialWait(int retry) {
		double initial = this.settings.initialDelay().toNanos();
		double max = this.settings.maxDelay().toNanos();
		double grown = initial * Math.pow(this.settings.multiplier(), retry - 1);
		double jitter = ThreadLocalRandom.current().nextDouble() * initial / 2;
		return Duration.ofNanos((long) Math.min(max, Math.min(max, grown) + jitter));
	}

	/** The attempts of one call, what they told, and the waits between them. */
	private final class Attempts<T> implements Retryable<T>, BackOff {

		private final Operation operation;

		private final Function<Attempt, T> attempt;

		private final Deadline callDeadline;

		private int attemptsMade;

		private boolean outcomeUnknown;

		private @Nullable RuntimeException lastFailure;

		private @Nullable Observation wait;

		Attempts(Operation operation, Function<Attempt, T> attempt, Deadline callDeadline) {
			this.operation = operation;
			this.attempt = attempt;
			this.callDeadline = callDeadline;
		}

		@Override
		public T execute() {
			endWait();
			this.attemptsMade++;
			try {
				return this.attempt.apply(
						new Attempt(this.attemptsMade, this.outcomeUnknown, attemptDeadline(this.callDeadline)));
			}
			catch (IonosRegistryException ex) {
				this.lastFailure = ex;
				this.outcomeUnknown |= AttemptOutcome.of(ex) == AttemptOutcome.UNKNOWN;
				throw ex;
			}
		}

		boolean shouldRepeat(Throwable failure) {
			return failure instanceof IonosRegistryException registryFailure
					&& mayRepeat(this.operation, AttemptOutcome.of(registryFailure));
		}

		@Override
		public String getName() {
			return this.operation.describe();
		}

		@Override
		public BackOffExecution start() {
			return () -> {
				if (this.attemptsMade > CallRetrier.this.settings.maxRetries()) {
					return BackOffExecution.STOP;
				}
				Duration wait = retryAfterOr(exponentialWait(this.attemptsMade));
				if (wait.compareTo(this.callDeadline.remaining()) >= 0) {
					logger.debug(this.operation.describe() + " failed (" + reason() + "); not repeated: "
							+ "the call-timeout would pass during the wait of " + wait.toMillis() + " ms");
					return BackOffExecution.STOP;
				}
				beginWait(wait.toMillis());
				return wait.toMillis();
			};
		}

		private Duration retryAfterOr(Duration exponentialWait) {
			Duration retryAfter = (this.lastFailure instanceof IonosApiException answer) ? answer.getRetryAfter()
					: null;
			if (retryAfter == null) {
				return exponentialWait;
			}
			Duration maxDelay = CallRetrier.this.settings.maxDelay();
			return (retryAfter.compareTo(maxDelay) > 0) ? maxDelay : retryAfter;
		}

		private String reason() {
			RuntimeException failure = this.lastFailure;
			return (failure != null) ? AttemptOutcome.reason(failure) : "unknown";
		}

		private void beginWait(long millis) {
			String reason = reason();
			if (logger.isDebugEnabled()) {
				logger.debug(this.operation.describe() + " failed (" + reason + "); attempt "
						+ (this.attemptsMade + 1) + " of " + (CallRetrier.this.settings.maxRetries() + 1) + " in "
						+ millis + " ms");
			}
			this.wait = Observation.createNotStarted(OBSERVATION_NAME, CallRetrier.this.observationRegistry)
				.contextualName("ionos registry retry wait")
				.lowCardinalityKeyValue("method", this.operation.method().name())
				.lowCardinalityKeyValue("uri", this.operation.uriTemplate())
				.lowCardinalityKeyValue("reason", reason)
				.start();
		}

		void endWait() {
			Observation wait = this.wait;
			if (wait != null) {
				this.wait = null;
				wait.stop();
			}
		}

	}

}
