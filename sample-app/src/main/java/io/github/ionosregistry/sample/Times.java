package io.github.ionosregistry.sample;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Every time the tool prints, in one format: UTC to the second, such as {@code 2027-01-31T12:00:00Z}.
 */
final class Times {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_INSTANT;

	private Times() {
	}

	static String format(Instant instant) {
		return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	static String format(OffsetDateTime dateTime) {
		return format(dateTime.withOffsetSameInstant(ZoneOffset.UTC).toInstant());
	}

}
