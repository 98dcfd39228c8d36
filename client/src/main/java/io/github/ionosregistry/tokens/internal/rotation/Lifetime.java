package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Duration;
import java.time.Instant;

import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * A token's <em>lifetime</em>: from its creation to the end it cannot be kept past. The policy's, if it has one; for
 * the successor of a shared base name, else the lifetime of the token it succeeds, if that is longer than the
 * rotation needs; else twice {@code rotateAfter} plus the grace (a successor that cannot be made when due can still
 * be made during as long again), or, for a rotation asked for now, the grace plus {@value #DAYS_AFTER_GRACE} days.
 * Never less than the {@link ShortestExpiry}. A lifetime must be longer than {@code rotateAfter} plus
 * the grace, by at least the interval between two checks, so that every token outlives its successor's creation
 * and its own grace.
 */
public final class Lifetime {

	/** How long the successor of a rotation asked for now lives beyond the grace, without a lifetime given. */
	static final int DAYS_AFTER_GRACE = 30;

	private Lifetime() {
	}

	/**
	 * The lifetime of the tokens a rotation makes.
	 * @param rotateAfter a token's age at which its successor is due
	 * @param retireAfter the grace
	 * @param given the lifetime given, {@code null} for none
	 */
	public static Duration of(Duration rotateAfter, Duration retireAfter, @Nullable Duration given) {
		Duration lifetime = given;
		if (lifetime == null) {
			lifetime = rotateAfter.isZero() ? retireAfter.plusDays(DAYS_AFTER_GRACE)
					: rotateAfter.multipliedBy(2).plus(retireAfter);
		}
		return atLeastTheShortest(lifetime);
	}

	/** The lifetime of the successor of a shared base name's newest token. */
	static Duration ofSuccessor(Duration rotateAfter, Duration retireAfter, @Nullable Duration given,
			@Nullable TokenResponse predecessor) {
		if (given == null && predecessor != null) {
			Instant expiry = TokenFacts.expiresAt(predecessor);
			if (expiry != null) {
				Duration inherited = Duration.between(TokenFacts.createdAt(predecessor), expiry);
				if (isLongEnough(inherited, rotateAfter, retireAfter, Duration.ZERO)) {
					return atLeastTheShortest(inherited);
				}
			}
		}
		return of(rotateAfter, retireAfter, given);
	}

	/**
	 * Whether a lifetime is long enough: longer than {@code rotateAfter} plus the grace, by at least the check
	 * interval.
	 */
	public static boolean isLongEnough(Duration lifetime, Duration rotateAfter, Duration retireAfter,
			Duration checkInterval) {
		Duration needed = rotateAfter.plus(retireAfter);
		return lifetime.compareTo(needed) > 0 && lifetime.compareTo(needed.plus(checkInterval)) >= 0;
	}

	private static Duration atLeastTheShortest(Duration lifetime) {
		return (lifetime.compareTo(ShortestExpiry.AHEAD) < 0) ? ShortestExpiry.AHEAD : lifetime;
	}

}
