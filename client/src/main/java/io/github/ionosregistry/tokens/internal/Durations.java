package io.github.ionosregistry.tokens.internal;

import java.time.Duration;

/**
 * Writes durations as Spring Boot's properties take them: {@code 30s}, {@code 2m}, {@code 500ms}.
 */
public final class Durations {

	private Durations() {
	}

	public static String format(Duration duration) {
		if (duration.toNanosPart() % 1_000_000 != 0 || duration.isNegative()) {
			return duration.toString();
		}
		long millis;
		try {
			millis = duration.toMillis();
		}
		catch (ArithmeticException ex) {
			return duration.toString();
		}
		if (millis % 3_600_000 == 0 && millis != 0) {
			return (millis / 3_600_000) + "h";
		}
		if (millis % 60_000 == 0 && millis != 0) {
			return (millis / 60_000) + "m";
		}
		if (millis % 1_000 == 0) {
			return (millis / 1_000) + "s";
		}
		return millis + "ms";
	}

}
