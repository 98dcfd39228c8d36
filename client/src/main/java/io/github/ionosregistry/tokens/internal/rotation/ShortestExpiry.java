package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Duration;

/**
 * The <em>shortest expiry</em>: the service takes no expiry date less than an hour ahead, and a minute more covers
 * the time a request takes and a clock a little behind the service's.
 */
public final class ShortestExpiry {

	/** How far ahead an expiry date is set at the soonest. */
	public static final Duration AHEAD = Duration.ofMinutes(61);

	private ShortestExpiry() {
	}

}
