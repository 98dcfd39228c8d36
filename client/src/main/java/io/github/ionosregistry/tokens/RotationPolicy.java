package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.model.Scope;
import org.jspecify.annotations.Nullable;

/**
 * When a rotation ({@link RegistryTokens#rotate}, {@link CredentialHolder}) makes a successor, how long the tokens it
 * supersedes stay valid so that their consumers have time to take the successor, how long each token lives, and what
 * the first token of a base name may do.
 *
 * @param rotateAfter a token's age at which its successor is made; {@code Duration.ZERO} to rotate now
 * @param retireAfter the grace: how long a superseded token stays valid after its successor was delivered;
 * {@code Duration.ZERO} deletes it at once, which refuses every consumer still holding its password
 * @param lifetime how long each token made lives: its expiry date is its creation plus this; {@code null} for
 * {@linkplain #tokenLifetime() the default}
 * @param scopes the scopes of the first token of a base name, and of every successor; empty to take them from the
 * newest token of the base name
 * @since 0.1.0
 */
public record RotationPolicy(Duration rotateAfter, Duration retireAfter, @Nullable Duration lifetime,
		List<Scope> scopes) {

	/**
	 * The grace unless one is given: a day, long enough for a delivery to a secret store, a Kubernetes pull secret
	 * or a CI variable, and for the jobs and nodes that started with the old password to end.
	 */
	public static final Duration DEFAULT_RETIRE_AFTER = Duration.ofDays(1);

	/**
	 * The shortest time ahead an expiry date is set to: the service refuses dates less than an hour ahead, and a
	 * minute more covers the time the request takes and a clock a little behind the service's.
	 */
	public static final Duration SHORTEST_EXPIRY = Duration.ofMinutes(61);

	public RotationPolicy {
		Arguments.requireNonNegative(rotateAfter, "rotateAfter");
		Arguments.requireNonNegative(retireAfter, "retireAfter");
		if (lifetime != null) {
			Arguments.requirePositive(lifetime, "lifetime");
			if (lifetime.compareTo(rotateAfter.plus(retireAfter)) < 0) {
				throw new IllegalArgumentException("lifetime (" + lifetime + ") must be at least rotateAfter ("
						+ rotateAfter + ") plus retireAfter (" + retireAfter + "): a token must live until its "
						+ "successor is made and its grace has passed");
			}
		}
		scopes = List.copyOf(Arguments.requireNonNull(scopes, "scopes"));
		Arguments.checkScopeList(scopes, "scopes");
	}

	/**
	 * Rotates a token once it is that old; the superseded ones stay valid for {@linkplain #DEFAULT_RETIRE_AFTER a day};
	 * tokens live for {@linkplain #tokenLifetime() the default}; scopes are taken from the newest token.
	 * @param rotateAfter a token's age at which its successor is made
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
		return new RotationPolicy(this.rotateAfter, retireAfter, this.lifetime, this.scopes);
	}

	/**
	 * The same policy with tokens that live that long.
	 * @param lifetime the time from a token's creation to its expiry date, at least rotateAfter plus retireAfter
	 * @return the policy
	 */
	public RotationPolicy withLifetime(Duration lifetime) {
		return new RotationPolicy(this.rotateAfter, this.retireAfter, lifetime, this.scopes);
	}

	/**
	 * The same policy with the scopes of every token it makes.
	 * @param scopes the scopes
	 * @return the policy
	 */
	public RotationPolicy withScopes(Scope... scopes) {
		return new RotationPolicy(this.rotateAfter, this.retireAfter, this.lifetime, List.of(scopes));
	}

	/**
	 * How long each token made lives: {@link #lifetime()} if set, else twice {@code rotateAfter} plus
	 * {@code retireAfter}, so that a successor that cannot be made when due can still be made during as long again
	 * as the token was current; never less than {@link #SHORTEST_EXPIRY}, the service's shortest expiry.
	 * @return the lifetime
	 */
	public Duration tokenLifetime() {
		Duration wanted = (this.lifetime != null) ? this.lifetime
				: this.rotateAfter.multipliedBy(2).plus(this.retireAfter);
		return (wanted.compareTo(SHORTEST_EXPIRY) < 0) ? SHORTEST_EXPIRY : wanted;
	}

	/**
	 * When a token's successor is due under this policy: at its age of {@code rotateAfter}, or sooner if its expiry
	 * date leaves no more than the grace.
	 * @param createdAt when the token was made
	 * @param expiresAt its expiry date, {@code null} if it has none
	 * @return when its successor is due
	 */
	Instant refreshAt(Instant createdAt, @Nullable Instant expiresAt) {
		Instant byAge = createdAt.plus(this.rotateAfter);
		if (expiresAt == null) {
			return byAge;
		}
		Instant byExpiry = expiresAt.minus(this.retireAfter);
		return byExpiry.isBefore(byAge) ? byExpiry : byAge;
	}

}
