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
	 * @throws DateTimeException if the text is not an ISO-8601 date-time, or one whose year in UTC is outside 1 to
	 * 9999, which RFC 3339 cannot write
	 */
	static OffsetDateTime parse(String text) {
		TemporalAccessor parsed = LENIENT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
		OffsetDateTime dateTime = (parsed instanceof OffsetDateTime offsetDateTime) ? offsetDateTime
				: ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
		int yearInUtc = dateTime.withOffsetSameInstant(ZoneOffset.UTC).getYear();
		if (yearInUtc < 1 || yearInUtc > 9999) {
			throw new DateTimeException("the year in UTC must be from 1 to 9999, was " + yearInUtc);
		}
		return dateTime;
	}

}
