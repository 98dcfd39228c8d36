package io.github.ionosregistry.tokens;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header: a number of seconds, or an HTTP date.
 */
final class RetryAfter {

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
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(text));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		try {
			ZonedDateTime date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(clock.instant(), date.toInstant());
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
