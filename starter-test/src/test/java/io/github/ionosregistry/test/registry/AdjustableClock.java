package io.github.ionosregistry.test.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved forward by a test: the emulator's clock, which decides when its tokens expire. */
public final class AdjustableClock extends Clock {

	private volatile Duration ahead = Duration.ZERO;

	public void advance(Duration duration) {
		this.ahead = this.ahead.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator reads instants only");
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead);
	}

}
