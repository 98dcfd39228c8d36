package io.github.ionosregistry.tokens.internal.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.ionosregistry.tokens.internal.call.RetryAfter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryAfter}.
 */
class RetryAfterTests {

	private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	@ParameterizedTest
	@CsvSource({ "0, PT0S", "7, PT7S", "' 120 ', PT2M", "'Sat, 28 Nov 2026 10:00:30 GMT', PT30S",
			"'Sat, 28 Nov 2026 09:59:00 GMT', PT0S" })
	void readsSecondsAndHttpDates(String header, Duration wait) {
		assertThat(RetryAfter.parse(header, NOW)).isEqualTo(wait);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "soon", "-5", "1.5", "2026-11-28T10:00:30Z" })
	void ignoresWhatItCannotRead(String header) {
		assertThat(RetryAfter.parse(header, NOW)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "99999999999999999999", "10000000000000000", "9223372036854775807",
			"000000000000000000000000031708800", "Fri, 31 Dec 9999 23:59:59 GMT" })
	void readsAnyLongerWaitAsTheLongestWithoutOverflow(String header) {
		assertThat(RetryAfter.parse(header, NOW)).isEqualTo(RetryAfter.LONGEST);
	}

}
