package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.util.function.Function;

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
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Runs the attempts of a call with Spring Framework's {@link RetryTemplate}, repeating those that failed for a
 * passing reason when a repeat is safe for the operation:
 * <ul>
 * <li>any operation, when nothing happened: the connection was refused or not made in time, or the answer was
 * 429;</li>
 * <li>all but a create by POST, when the outcome is unknown: an I/O failure after sending, a read time-out, 502,
 * 503 or 504 (a POST too if {@link RetrySettings#retryPost()});</li>
 * <li>reads only, after 500.</li>
 * </ul>
 * The first attempt is never delayed. The waits grow exponentially with jitter; a {@code Retry-After} sets the wait
 * instead, capped by {@link RetrySettings#maxDelay()}. Each attempt learns whether an earlier one had an unknown
 * outcome (a DELETE whose repeat meets 404 then succeeded: the token is gone). Each repeat is logged at DEBUG and its
 * wait observed as {@value #OBSERVATION_NAME}. When no attempt succeeds, the last failure is thrown; an
 * {@link Error} is never repeated nor wrapped.
 */
final class CallRetrier {

	static final String OBSERVATION_NAME = "ionos.registry.retries";

	private static final Log logger = LogFactory.getLog(CallRetrier.class);

	private final RetrySettings settings;

	private final ExponentialBackOff exponentialBackOff;

	private final ObservationRegistry observationRegistry;

	CallRetrier(RetrySettings settings, ObservationRegistry observationRegistry) {
		this.settings = settings;
		this.observationRegistry = observationRegistry;
		this.exponentialBackOff = new ExponentialBackOff(settings.initialDelay().toMillis(), settings.multiplier());
		this.exponentialBackOff.setMaxInterval(settings.maxDelay().toMillis());
		this.exponentialBackOff.setJitter(settings.initialDelay().toMillis() / 2);
		this.exponentialBackOff.setMaxAttempts(settings.maxRetries());
	}

	<T> T call(Operation operation, Function<Attempt, T> attempt) {
		if (this.settings.maxRetries() == 0) {
			return attempt.apply(new Attempt(1, false));
		}
		Attempts<T> attempts = new Attempts<>(operation, attempt);
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

	private boolean mayRepeat(Operation operation, AttemptOutcome outcome) {
		return switch (outcome) {
			case NOT_PROCESSED -> true;
			case UNKNOWN -> operation.isIdempotent() || this.settings.retryPost();
			case SERVER_ERROR -> operation.isRead();
			case FINAL -> false;
		};
	}

	/** The attempts of one call, what they told, and the waits between them. */
	private final class Attempts<T> implements Retryable<T>, BackOff {

		private final Operation operation;

		private final Function<Attempt, T> attempt;

		private int attemptsMade;

		private boolean outcomeUnknown;

		private @Nullable RuntimeException lastFailure;

		private @Nullable Observation wait;

		Attempts(Operation operation, Function<Attempt, T> attempt) {
			this.operation = operation;
			this.attempt = attempt;
		}

		@Override
		public T execute() {
			endWait();
			this.attemptsMade++;
			try {
				return this.attempt.apply(new Attempt(this.attemptsMade, this.outcomeUnknown));
			}
			catch (IonosRegistryException ex) {
				throw failed(ex);
			}
		}

		private RuntimeException failed(RuntimeException failure) {
			this.lastFailure = failure;
			this.outcomeUnknown |= AttemptOutcome.of(failure) == AttemptOutcome.UNKNOWN;
			return failure;
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
			BackOffExecution exponential = CallRetrier.this.exponentialBackOff.start();
			return () -> {
				long wait = exponential.nextBackOff();
				if (wait != BackOffExecution.STOP) {
					wait = retryAfterOr(wait);
					beginWait(wait);
				}
				return wait;
			};
		}

		private long retryAfterOr(long exponentialWait) {
			Duration retryAfter = (this.lastFailure instanceof IonosApiException answer) ? answer.getRetryAfter()
					: null;
			return (retryAfter != null) ? Math.min(retryAfter.toMillis(), CallRetrier.this.settings.maxDelay().toMillis())
					: exponentialWait;
		}

		private void beginWait(long millis) {
			RuntimeException failure = this.lastFailure;
			String reason = (failure != null) ? AttemptOutcome.reason(failure) : "unknown";
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
