package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.util.List;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.rotation.Lease;
import io.github.ionosregistry.tokens.internal.rotation.Lifetime;
import io.github.ionosregistry.tokens.internal.rotation.ShortestExpiry;
import io.github.ionosregistry.tokens.model.Scope;
import org.jspecify.annotations.Nullable;

/**
 * When a rotation ({@link RegistryTokens#rotate}, {@link CredentialHolder}) makes a successor, how long the tokens it
 * supersedes stay valid so that their consumers have time to take the successor, how long each token lives, and what
 * the first token of a base name may do.
 *
 * @param rotateAfter a token's age at which its successor is due; {@code Duration.ZERO} to rotate now
 * @param retireAfter the grace: how long a superseded token stays valid after its successor was delivered;
 * {@code Duration.ZERO} deletes it at once, which refuses every consumer still holding its password
 * @param lifetime the longest a token made lives, from its creation; {@code null} for
 * {@linkplain #tokenLifetime() the default}; longer than {@code rotateAfter} plus {@code retireAfter}
 * @param scopes the scopes of the first token of a base name, and of every successor; empty to take those of the
 * token it succeeds, or of the newest token of the base name
 * @param lease a holder's lease: while it lives, it keeps each of its tokens' expiry date this far ahead (renewed once
 * half is left), so that its tokens outlive it by at most this; at least {@link #SHORTEST_EXPIRY}. A shared rotation
 * ({@link RegistryTokens#rotate}) has nobody to renew and keeps the lifetime instead.
 * @since 0.1.0
 */
public record RotationPolicy(Duration rotateAfter, Duration retireAfter, @Nullable Duration lifetime,
		List<Scope> scopes, Duration lease) {

	/**
	 * The grace unless one is given: a day, long enough for a delivery to a secret store, a Kubernetes pull secret
	 * or a CI variable, and for the jobs and nodes that started with the old password to end.
	 */
	public static final Duration DEFAULT_RETIRE_AFTER = Duration.ofDays(1);

	/**
	 * A holder's lease unless one is given: 12 hours, so that the tokens of a holder that was killed stop working
	 * within half a day, as Amazon ECR's tokens do.
	 */
	public static final Duration DEFAULT_LEASE = Duration.ofHours(12);

	/**
	 * The shortest time ahead an expiry date is set to: the service refuses dates less than an hour ahead, and a
	 * minute more covers the time the request takes and a clock a little behind the service's.
	 */
	public static final Duration SHORTEST_EXPIRY = ShortestExpiry.AHEAD;

	public RotationPolicy {
		Arguments.requireNonNegative(rotateAfter, "rotateAfter");
		Arguments.requireNonNegative(retireAfter, "retireAfter");
		if (lifetime != null) {
			Arguments.requirePositive(lifetime, "lifetime");
			if (!Lifetime.isLongEnough(lifetime, rotateAfter, retireAfter, Duration.ZERO)) {
				throw new IllegalArgumentException("lifetime (" + lifetime + ") must be longer than rotateAfter ("
						+ rotateAfter + ") plus retireAfter (" + retireAfter + "): a token must live until its "
						+ "successor is made and its grace has passed");
			}
		}
		scopes = List.copyOf(Arguments.requireNonNull(scopes, "scopes"));
		Arguments.checkScopeList(scopes, "scopes");
		Arguments.requirePositive(lease, "lease");
		if (!Lease.isLongEnough(lease, Duration.ZERO)) {
			throw new IllegalArgumentException("lease (" + lease + ") must be at least " + SHORTEST_EXPIRY
					+ ": the service takes no expiry date less than an hour ahead");
		}
	}

	/**
	 * A policy with the default lease.
	 * @param rotateAfter a token's age at which its successor is due
	 * @param retireAfter the grace
	 * @param lifetime the longest a token lives, {@code null} for the default
	 * @param scopes the scopes of the tokens made
	 */
	public RotationPolicy(Duration rotateAfter, Duration retireAfter, @Nullable Duration lifetime, List<Scope> scopes) {
		this(rotateAfter, retireAfter, lifetime, scopes, DEFAULT_LEASE);
	}

	/**
	 * Rotates a token once it is that old; the superseded ones stay valid for {@linkplain #DEFAULT_RETIRE_AFTER a day};
	 * tokens live for {@linkplain #tokenLifetime() the default}; scopes are taken from the newest token.
	 * @param rotateAfter a token's age at which its successor is due
	 * @return the policy
	 */
	public static RotationPolicy rotateAfter(Duration rotateAfter) {
		return new RotationPolicy(rotateAfter, DEFAULT_RETIRE_AFTER, null, List.of());
	}

	/**
	 * The same policy with another grace.
	 * @param retireAfter how long a superseded token stays valid after its successor was delivered
	 * @return the policy
	 */
	public RotationPolicy withRetireAfter(Duration retireAfter) {
		return new RotationPolicy(this.rotateAfter, retireAfter, this.lifetime, this.scopes, this.lease);
	}

	/**
	 * The same policy with tokens that live that long.
	 * @param lifetime the time from a token's creation to its expiry date, longer than rotateAfter plus retireAfter
	 * @return the policy
	 */
	public RotationPolicy withLifetime(Duration lifetime) {
		return new RotationPolicy(this.rotateAfter, this.retireAfter, lifetime, this.scopes, this.lease);
	}

	/**
	 * The same policy with the scopes of every token it makes.
	 * @param scopes the scopes
	 * @return the policy
	 */
	public RotationPolicy withScopes(Scope... scopes) {
		return new RotationPolicy(this.rotateAfter, this.retireAfter, this.lifetime, List.of(scopes), this.lease);
	}

	/**
	 * The same policy with another lease for a holder's tokens.
	 * @param lease how far ahead a holder keeps its tokens' expiry dates while it lives
	 * @return the policy
	 */
	public RotationPolicy withLease(Duration lease) {
		return new RotationPolicy(this.rotateAfter, this.retireAfter, this.lifetime, this.scopes, lease);
	}

	/**
	 * How long each token made lives at most: {@link #lifetime()} if set, else twice {@code rotateAfter} plus
	 * {@code retireAfter}, so that a successor that cannot be made when due can still be made during as long again
	 * as the token was current (for a rotation asked for now, {@code rotateAfter} zero: the grace plus 30 days);
	 * never less than {@link #SHORTEST_EXPIRY}, the service's shortest expiry. The successor of a shared base name
	 * without a lifetime given lives as long as the token it succeeds did, when that is longer than the rotation needs.
	 * @return the lifetime
	 */
	public Duration tokenLifetime() {
		return Lifetime.of(this.rotateAfter, this.retireAfter, this.lifetime);
	}

}
