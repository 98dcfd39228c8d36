package io.github.ionosregistry.tokens.model;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Timestamps}: the hand-written reader agrees with {@link java.time.format.DateTimeFormatter} on
 * every shape the service may send.
 */
class TimestampsTests {

	@ParameterizedTest
	@CsvSource({ "2026-01-23T04:56:07Z, 2026-01-23T04:56:07Z", "2026-01-23T04:56:07.250+01:00, 2026-01-23T04:56:07.250+01:00",
			"2026-01-23T04:56:07, 2026-01-23T04:56:07Z", "2026-01-23T04:56:07.123456789-05:30, 2026-01-23T04:56:07.123456789-05:30",
			"2026-01-23t04:56:07z, 2026-01-23T04:56:07Z", "2026-01-23T04:56Z, 2026-01-23T04:56:00Z" })
	void readsTheServicesShapesNoOffsetBeingUtc(String text, String expected) {
		assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2026-01-23", "2026-13-01T00:00:00Z", "2026-01-23T25:00:00Z", "yesterday",
			"2026-01-23T04:56:07+25:00", "2026-01-23T04:56:07 UTC" })
	void refusesWhatIsNotADateTime(String text) {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> Timestamps.parse(text));
	}

	@ParameterizedTest
	@CsvSource({ "2027-01-23T04:56:07Z, 2027-01-23T04:56:07Z", "2027-01-23T04:56Z, 2027-01-23T04:56:00Z" })
	void writesSecondsAlwaysWithTheOffset(String value, String written) {
		assertThat(Timestamps.format(OffsetDateTime.parse(value))).isEqualTo(written);
		assertThat(Timestamps.format(OffsetDateTime.of(2027, 1, 23, 4, 56, 7, 0, ZoneOffset.ofHours(2))))
			.isEqualTo("2027-01-23T04:56:07+02:00");
	}

}
