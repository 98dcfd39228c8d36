package io.github.ionosregistry.tokens.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The rules a client setting must follow, written once: the builder, the retry settings and the Spring Boot
 * properties' validation all ask here, each naming the setting in its own words.
 */
public final class SettingRules {

	/** The least a {@code max-response-size} can be. */
	public static final DataSize SMALLEST_MAX_RESPONSE_SIZE = DataSize.ofKilobytes(1);

	/** The most a {@code max-response-size} can be: a response is held in memory whole. */
	public static final DataSize LARGEST_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(256);

	/** The range of a {@code max-response-size}, as messages say it. */
	public static final String MAX_RESPONSE_SIZE_RANGE = "from " + SMALLEST_MAX_RESPONSE_SIZE.toKilobytes() + "KB to "
			+ LARGEST_MAX_RESPONSE_SIZE.toMegabytes() + "MB";

	private SettingRules() {
	}

	/**
	 * Whether a time-out, delay or interval is usable: longer than zero.
	 * @param duration the duration
	 * @return {@code true} if it is set and positive
	 */
	public static boolean isPositive(@Nullable Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

	/**
	 * Whether a grace period or age is usable: zero or longer.
	 * @param duration the duration
	 * @return {@code true} if it is set and not negative
	 */
	public static boolean isZeroOrMore(@Nullable Duration duration) {
		return duration != null && !duration.isNegative();
	}

	/**
	 * Whether a count such as a connection limit or a contract number is usable.
	 * @param value the value
	 * @return {@code true} for 1 or more
	 */
	public static boolean isOneOrMore(long value) {
		return value >= 1;
	}

	/**
	 * Whether a {@code max-response-size} is in {@link #MAX_RESPONSE_SIZE_RANGE}.
	 * @param size the size
	 * @return {@code true} if it is set and in range
	 */
	public static boolean isMaxResponseSize(@Nullable DataSize size) {
		return size != null && size.compareTo(SMALLEST_MAX_RESPONSE_SIZE) >= 0
				&& size.compareTo(LARGEST_MAX_RESPONSE_SIZE) <= 0;
	}

	/**
	 * Whether a retry delay's growth is usable: a finite number of 1 or more.
	 * @param multiplier the multiplier
	 * @return {@code true} if it is usable
	 */
	public static boolean isRetryMultiplier(double multiplier) {
		return multiplier >= 1.0 && !Double.isInfinite(multiplier);
	}

	/**
	 * Whether a retry's longest delay fits its first one.
	 * @param initialDelay the first delay
	 * @param maxDelay the longest delay
	 * @return {@code true} if the longest is not shorter than the first
	 */
	public static boolean isMaxDelayOf(Duration initialDelay, Duration maxDelay) {
		return maxDelay.compareTo(initialDelay) >= 0;
	}

	/**
	 * Whether a {@code User-Agent} is usable.
	 * @param userAgent the header value
	 * @return {@code true} if it is set and not blank
	 */
	public static boolean isUserAgent(@Nullable String userAgent) {
		return userAgent != null && !userAgent.isBlank();
	}

}
