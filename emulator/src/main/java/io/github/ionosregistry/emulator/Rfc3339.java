package io.github.ionosregistry.emulator;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;

/**
 * The emulator's date-times: written as ISO-8601 in UTC (with {@code Z}), as the service writes them and as the IONOS
 * SDKs expect them (the Java SDK cannot read another offset); read leniently (a date-time without an offset is UTC).
 */
final class Rfc3339 {

	private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.toFormatter();

	private Rfc3339() {
	}

	static String format(OffsetDateTime dateTime) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC));
	}

	/**
	 * Reads a date-time.
	 * @param text the text
	 * @return the date-time
	 * @throws DateTimeException if the text is not an ISO-8601 date-time
	 */
	static OffsetDateTime parse(String text) {
		TemporalAccessor parsed = LENIENT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
		return (parsed instanceof OffsetDateTime offsetDateTime) ? offsetDateTime
				: ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
	}

}
