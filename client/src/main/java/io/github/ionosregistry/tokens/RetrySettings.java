package io.github.ionosregistry.tokens;

import java.time.Duration;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.SettingRules;

/**
 * How a {@link TokensApi} repeats calls that failed for a passing reason: which failures are repeated is decided per
 * operation (see {@link TokensApi#registriesTokensPost}); these settings say how often and how soon.
 *
 * @param maxRetries how many times a call is repeated at most, 0 for never
 * @param initialDelay the wait before the first repeat; later waits grow by {@code multiplier}, with up to half of
 * the initial delay of random jitter
 * @param maxDelay the longest wait, also the cap on a server's {@code Retry-After}
 * @param multiplier the growth of the wait from one repeat to the next, 1 or more
 * @param retryPost whether a POST is repeated also when its outcome is unknown; off by default, since a POST whose
 * answer was lost may have created a token, and a repeat would create a second one and lose the first one's password
 * @since 0.1.0
 */
public record RetrySettings(int maxRetries, Duration initialDelay, Duration maxDelay, double multiplier,
		boolean retryPost) {

	public static final int DEFAULT_MAX_RETRIES = 3;

	public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(500);

	public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);

	public static final double DEFAULT_MULTIPLIER = 2.0;

	public RetrySettings {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
		}
		Arguments.requirePositive(initialDelay, "initialDelay");
		Arguments.requirePositive(maxDelay, "maxDelay");
		if (!SettingRules.isMaxDelayOf(initialDelay, maxDelay)) {
			throw new IllegalArgumentException(
					"maxDelay (" + maxDelay + ") must not be shorter than the initialDelay (" + initialDelay + ")");
		}
		if (!SettingRules.isRetryMultiplier(multiplier)) {
			throw new IllegalArgumentException("multiplier must be a number of 1 or more, was " + multiplier);
		}
	}

	/** Three repeats, the first after about half a second, never a POST whose outcome is unknown. */
	public static RetrySettings defaults() {
		return new RetrySettings(DEFAULT_MAX_RETRIES, DEFAULT_INITIAL_DELAY, DEFAULT_MAX_DELAY, DEFAULT_MULTIPLIER,
				false);
	}

	/** One attempt per call, never repeated. */
	public static RetrySettings never() {
		return defaults().withMaxRetries(0);
	}

	/**
	 * These settings with another number of repeats.
	 * @param maxRetries how many times a call is repeated at most, 0 for never
	 * @return the new settings
	 */
	public RetrySettings withMaxRetries(int maxRetries) {
		return new RetrySettings(maxRetries, this.initialDelay, this.maxDelay, this.multiplier, this.retryPost);
	}

	/**
	 * These settings with another wait before the first repeat.
	 * @param initialDelay a positive duration, not longer than the {@link #maxDelay()}
	 * @return the new settings
	 */
	public RetrySettings withInitialDelay(Duration initialDelay) {
		return new RetrySettings(this.maxRetries, initialDelay, this.maxDelay, this.multiplier, this.retryPost);
	}

	/**
	 * These settings with another longest wait.
	 * @param maxDelay a positive duration, not shorter than the {@link #initialDelay()}
	 * @return the new settings
	 */
	public RetrySettings withMaxDelay(Duration maxDelay) {
		return new RetrySettings(this.maxRetries, this.initialDelay, maxDelay, this.multiplier, this.retryPost);
	}

	/**
	 * These settings with another growth of the wait.
	 * @param multiplier 1 or more
	 * @return the new settings
	 */
	public RetrySettings withMultiplier(double multiplier) {
		return new RetrySettings(this.maxRetries, this.initialDelay, this.maxDelay, multiplier, this.retryPost);
	}

	/**
	 * These settings, repeating a POST whose outcome is unknown or not.
	 * @param retryPost whether to repeat a POST whose outcome is unknown
	 * @return the new settings
	 */
	public RetrySettings withRetryPost(boolean retryPost) {
		return new RetrySettings(this.maxRetries, this.initialDelay, this.maxDelay, this.multiplier, retryPost);
	}

}
