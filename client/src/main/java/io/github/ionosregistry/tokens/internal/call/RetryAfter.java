package io.github.ionosregistry.tokens.internal.call;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header: a number of seconds, or an HTTP date. Any value, however large, gives a wait
 * of at most {@link #LONGEST}; the caller caps it further.
 */
public final class RetryAfter {

	/** The longest wait a header is read as: whatever asks for more is read as this. */
	static final Duration LONGEST = Duration.ofDays(366);

	private RetryAfter() {
	}

	/**
	 * The wait a {@code Retry-After} value asks for.
	 * @param value the header value, or {@code null}
	 * @param clock the clock to measure an HTTP date against
	 * @return the wait, zero for a date in the past, {@code null} if absent or unreadable
	 */
	static @Nullable Duration parse(@Nullable String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			String digits = text.replaceFirst("^0+(?=.)", "");
			if (digits.length() > 12) {
				return LONGEST;
			}
			return atMostLongest(Duration.ofSeconds(Long.parseLong(digits)));
		}
		try {
			ZonedDateTime date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(clock.instant(), date.toInstant());
			return wait.isNegative() ? Duration.ZERO : atMostLongest(wait);
		}
		catch (DateTimeException | ArithmeticException ex) {
			return null;
		}
	}

	private static Duration atMostLongest(Duration wait) {
		return (wait.compareTo(LONGEST) > 0) ? LONGEST : wait;
	}

}
