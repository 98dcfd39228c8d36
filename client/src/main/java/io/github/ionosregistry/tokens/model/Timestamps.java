package io.github.ionosregistry.tokens.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the service's timestamps. Reading is lenient: a timestamp without an offset is taken as UTC,
 * as the official SDKs do. The common shape {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z|±hh:mm]} is read by hand,
 * which costs a fraction of a {@link DateTimeFormatter} parse; anything else falls back to the formatter.
 */
final class Timestamps {

	private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.toFormatter();

	private Timestamps() {
	}

	/**
	 * Formats a timestamp as the service expects it, seconds always present.
	 * @param timestamp the timestamp
	 * @return the ISO-8601 text with offset
	 */
	static String format(OffsetDateTime timestamp) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timestamp);
	}

	/**
	 * Parses a timestamp, reading one without an offset as UTC.
	 * @param text the text
	 * @return the timestamp
	 * @throws DateTimeException if the text is not an ISO-8601 date-time
	 */
	static OffsetDateTime parse(String text) {
		OffsetDateTime common = parseCommonShape(text);
		if (common != null) {
			return common;
		}
		TemporalAccessor parsed = LENIENT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
		return (parsed instanceof OffsetDateTime offsetDateTime) ? offsetDateTime
				: ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
	}

	private static @Nullable OffsetDateTime parseCommonShape(String text) {
		int length = text.length();
		if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int position = 19;
		int nanos = 0;
		if (position < length && text.charAt(position) == '.') {
			int start = ++position;
			while (position < length && isDigit(text.charAt(position))) {
				position++;
			}
			int fractionDigits = position - start;
			if (fractionDigits == 0 || fractionDigits > 9) {
				return null;
			}
			nanos = digits(text, start, position);
			for (int i = fractionDigits; i < 9; i++) {
				nanos *= 10;
			}
		}
		ZoneOffset offset = parseOffset(text, position);
		if (offset == null) {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static @Nullable ZoneOffset parseOffset(String text, int position) {
		int remaining = text.length() - position;
		if (remaining == 0) {
			return ZoneOffset.UTC;
		}
		char sign = text.charAt(position);
		if (remaining == 1 && (sign == 'Z' || sign == 'z')) {
			return ZoneOffset.UTC;
		}
		if (remaining != 6 || (sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
			return null;
		}
		int hours = digits(text, position + 1, position + 3);
		int minutes = digits(text, position + 4, position + 6);
		if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
			return null;
		}
		int totalSeconds = (hours * 3600 + minutes * 60) * ((sign == '-') ? -1 : 1);
		try {
			return ZoneOffset.ofTotalSeconds(totalSeconds);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
