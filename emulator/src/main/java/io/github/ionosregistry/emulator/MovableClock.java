package io.github.ionosregistry.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that stands still until it is moved: for an emulator ({@link TokensEmulator.Builder#clock}) whose tokens
 * should expire when a test says, and for the code under test, so that both see the same time.
 * <pre class="code">
 * MovableClock clock = new MovableClock();
 * try (TokensEmulator emulator = TokensEmulator.builder().clock(clock).start()) {
 *     // ... create a token that expires in an hour
 *     clock.advance(Duration.ofHours(1));   // the emulator deletes it now
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class MovableClock extends Clock {

	private volatile Instant now;

	/** A clock at the current second. */
	public MovableClock() {
		this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * A clock at the given instant.
	 * @param now the instant it shows until it is moved
	 */
	public MovableClock(Instant now) {
		this.now = now;
	}

	/**
	 * Moves the clock forward (or back, for a negative duration).
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * Sets the clock.
	 * @param instant the instant it shows from now on
	 */
	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
