package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;

import io.github.ionosregistry.tokens.RotationPolicy;
import org.jspecify.annotations.Nullable;

/**
 * When a token's successor is <em>due</em>: at the token's age of {@code rotateAfter}, or sooner if the end it cannot
 * be kept past leaves no more than the grace; at once when {@code rotateAfter} is zero (a rotation asked for now,
 * whatever the service's clock says of the token's creation).
 */
public final class SuccessorDue {

	private SuccessorDue() {
	}

	/**
	 * When the successor is due.
	 * @param createdAt when the token was made
	 * @param end when it stops working for good: its expiry date, or for a holder's token the end of its lifetime
	 * (its lease is renewed, its lifetime is not); {@code null} for none
	 * @param policy the rotation's policy
	 * @return the time
	 */
	public static Instant at(Instant createdAt, @Nullable Instant end, RotationPolicy policy) {
		Instant byAge = createdAt.plus(policy.rotateAfter());
		if (end == null) {
			return byAge;
		}
		Instant beforeEnd = end.minus(policy.retireAfter());
		return beforeEnd.isBefore(byAge) ? beforeEnd : byAge;
	}

	static boolean isDue(Instant createdAt, @Nullable Instant end, Instant now, RotationPolicy policy) {
		return policy.rotateAfter().isZero() || !now.isBefore(at(createdAt, end, policy));
	}

}
