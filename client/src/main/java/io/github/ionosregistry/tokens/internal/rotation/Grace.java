package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.ionosregistry.tokens.RotationPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The <em>grace</em> of a superseded token: it stays valid for {@code retireAfter} from the moment its successor was
 * delivered, for its consumers to take the successor, then it is <em>retired</em> (deleted). The service enforces the
 * grace too: the token's expiry date is brought forward to the grace's end, an hour ahead at the soonest (the
 * service's shortest), and never moved later, so that a later rotation with a shorter grace never shortens a promise
 * already made. A grace of zero retires the token at once.
 */
public final class Grace {

	private Grace() {
	}

	/** When the grace of a token superseded by a successor delivered at that time ends. */
	static Instant endsAt(Instant deliveredAt, RotationPolicy policy) {
		return deliveredAt.plus(policy.retireAfter());
	}

	/** The expiry date that keeps a token valid to a grace's end: that end, an hour ahead at the soonest. */
	static Instant expiryFor(Instant graceEnd, Instant now) {
		Instant soonest = now.plus(ShortestExpiry.AHEAD).truncatedTo(ChronoUnit.SECONDS);
		return graceEnd.isBefore(soonest) ? soonest : graceEnd.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * The expiry date that enforces a grace's end now, or {@code null} if the token's own date comes no later: a
	 * promise is never moved later.
	 * @param graceEnd when the grace ends
	 * @param expiresAt the token's expiry date, {@code null} for none
	 * @param now the time now
	 */
	static @Nullable Instant enforcingExpiry(Instant graceEnd, @Nullable Instant expiresAt, Instant now) {
		Instant wanted = expiryFor(graceEnd, now);
		return (expiresAt != null && !expiresAt.isAfter(wanted)) ? null : wanted;
	}

	/** Whether a grace has ended. */
	static boolean hasEnded(Instant graceEnd, Instant now) {
		return !now.isBefore(graceEnd);
	}

}
