package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A holder's <em>lease</em> on its tokens: while it lives it keeps each token's expiry date about a lease ahead,
 * <em>renewing</em> it once less than half the lease is left, so that a token outlives its holder by at most a lease
 * whatever its lifetime: a holder that is killed leaves nothing that lasts. Never past the token's lifetime, nor past
 * the end of its grace once superseded. A lease is at least the {@link ShortestExpiry} (the service takes
 * no expiry date less than an hour ahead) and at least {@value #CHECKS_PER_LEASE} check intervals, so that a renewal
 * has more than one check to succeed before the token expires.
 */
public final class Lease {

	static final int CHECKS_PER_LEASE = 4;

	private Lease() {
	}

	/**
	 * The expiry date a token's lease is renewed to now, if it is due: a lease ahead, never past the given limit nor
	 * less than the service's shortest ahead.
	 * @param now the time now
	 * @param expiresAt the token's expiry date now
	 * @param notAfter the latest the token needs: the end of its lifetime, or of its grace
	 * @param lease the lease
	 * @return the new date, to the second; {@code null} if the lease is not due or cannot be moved later
	 */
	static @Nullable Instant renewal(Instant now, @Nullable Instant expiresAt, Instant notAfter, Duration lease) {
		if (!isDue(expiresAt, now, lease)) {
			return null;
		}
		Instant leased = now.plus(lease);
		Instant renewed = (notAfter.isBefore(leased) ? notAfter : leased).truncatedTo(ChronoUnit.SECONDS);
		boolean later = expiresAt == null || renewed.isAfter(expiresAt);
		return (later && !renewed.isBefore(now.plus(ShortestExpiry.AHEAD))) ? renewed : null;
	}

	/** Whether a token's lease is due for renewal: less than half of it is left. */
	static boolean isDue(@Nullable Instant expiresAt, Instant now, Duration lease) {
		return expiresAt != null && !now.plus(lease.dividedBy(2)).isBefore(expiresAt);
	}

	/** The expiry date a token made now gets: a lease ahead, never past its lifetime. */
	static Instant firstExpiry(Instant now, Duration lifetime, Duration lease) {
		return now.plus((lifetime.compareTo(lease) < 0) ? lifetime : lease).truncatedTo(ChronoUnit.SECONDS);
	}

	/** Whether a lease is long enough for checks at that interval. */
	public static boolean isLongEnough(Duration lease, Duration checkInterval) {
		return lease.compareTo(ShortestExpiry.AHEAD) >= 0
				&& lease.compareTo(checkInterval.multipliedBy(CHECKS_PER_LEASE)) >= 0;
	}

}
