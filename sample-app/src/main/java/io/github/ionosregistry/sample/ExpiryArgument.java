package io.github.ionosregistry.sample;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ionosregistry.tokens.RotationPolicy;

/**
 * Reads an expiry given as a duration from now ({@code 30d}, {@code 12h}, {@code 90m}, {@code P30D}), a date
 * ({@code 2027-01-31}, midnight UTC) or a date-time ({@code 2027-01-31T12:00:00Z}).
 */
final class ExpiryArgument {

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([dhm])");

	private ExpiryArgument() {
	}

	/**
	 * The expiry date, at least {@link RotationPolicy#SHORTEST_EXPIRY} ahead: the service takes no date less than an
	 * hour ahead.
	 * @throws IllegalArgumentException naming the value and what would do
	 */
	static OffsetDateTime parse(String text, Clock clock) {
		OffsetDateTime expiry = read(text, clock);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!expiry.isAfter(now)) {
			throw new IllegalArgumentException("--expires '" + text + "' is in the past (" + Times.format(expiry)
					+ "): the service takes dates at least an hour ahead, such as 90m, 30d or a later date");
		}
		if (expiry.isBefore(now.plus(RotationPolicy.SHORTEST_EXPIRY))) {
			throw new IllegalArgumentException("--expires '" + text + "' is less than an hour ahead: the service "
					+ "takes no sooner date; give 90m or more");
		}
		return expiry;
	}

	private static OffsetDateTime read(String text, Clock clock) {
		String value = text.strip();
		Matcher shortDuration = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
		try {
			if (shortDuration.matches()) {
				long amount = Long.parseLong(shortDuration.group(1));
				Duration duration = switch (shortDuration.group(2)) {
					case "d" -> Duration.ofDays(amount);
					case "h" -> Duration.ofHours(amount);
					default -> Duration.ofMinutes(amount);
				};
				return OffsetDateTime.now(clock).plus(duration).withNano(0);
			}
			if (value.startsWith("P") || value.startsWith("p")) {
				return OffsetDateTime.now(clock).plus(Duration.parse(value)).withNano(0);
			}
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
			}
			return (value.endsWith("Z") || value.endsWith("z") || value.matches(".*[+-]\\d\\d:\\d\\d$"))
					? OffsetDateTime.parse(value) : LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new IllegalArgumentException("--expires '" + text
					+ "' must be a duration (30d, 12h, 90m, P30D), a date (2027-01-31) or a date-time");
		}
	}

}
