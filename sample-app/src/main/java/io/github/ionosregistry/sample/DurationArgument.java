package io.github.ionosregistry.sample;

import java.time.Duration;

import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.internal.Durations;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;

/**
 * Reads the durations of {@code --grace} ({@code 2h}, {@code 1d}, or {@code 0}), {@code --lifetime} ({@code 30d})
 * and {@code --within} ({@code 7d}).
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

	/** A successor's lifetime: longer than the grace, an hour at the least (the service's shortest expiry). */
	static Duration lifetime(String text, Duration grace) {
		Duration lifetime = parse(text);
		if (lifetime == null || lifetime.compareTo(RotationPolicy.SHORTEST_EXPIRY) < 0 || lifetime.compareTo(grace) <= 0) {
			throw new IllegalArgumentException("--lifetime '" + text + "' must be a duration longer than the grace ("
					+ words(grace) + ") and than 61m, such as 30d");
		}
		return lifetime;
	}

	/** A duration as a user writes it: {@code 2d}, {@code 90m}. */
	static String words(Duration duration) {
		if (!duration.isZero() && duration.toHours() % 24 == 0 && duration.toMinutesPart() == 0
				&& duration.toSecondsPart() == 0) {
			return duration.toDays() + "d";
		}
		return Durations.format(duration);
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
