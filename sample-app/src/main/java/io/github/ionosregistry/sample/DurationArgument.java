package io.github.ionosregistry.sample;

import java.time.Duration;

import io.github.ionosregistry.tokens.RotationPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;

/**
 * Reads the durations of {@code --grace} ({@code 2h}, {@code 1d}, or {@code 0}) and {@code --within} ({@code 7d}).
 */
final class DurationArgument {

	private DurationArgument() {
	}

	static Duration grace(@Nullable String text) {
		if (text == null) {
			return RotationPolicy.DEFAULT_RETIRE_AFTER;
		}
		Duration grace = text.strip().equals("0") ? Duration.ZERO : parse(text);
		if (grace == null || grace.isNegative()) {
			throw new IllegalArgumentException("--grace '" + text + "' must be a duration such as 2h or 1d, or 0");
		}
		return grace;
	}

	static Duration within(String text) {
		Duration within = parse(text);
		if (within == null || within.isNegative() || within.isZero()) {
			throw new IllegalArgumentException("--within '" + text + "' must be a positive duration, such as 7d or 12h");
		}
		return within;
	}

	private static @Nullable Duration parse(String text) {
		try {
			return DurationStyle.detectAndParse(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
