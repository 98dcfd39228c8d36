package io.github.ionosregistry.tokens;

import java.time.Duration;
import io.github.ionosregistry.tokens.internal.Arguments;

/**
 * When a rotation of {@link RegistryTokens#rotate} makes a successor, and how long the tokens it supersedes stay
 * valid so that their consumers have time to take the successor.
 *
 * @param rotateAfter the newest token's age at which a successor is made; {@code Duration.ZERO} to rotate now
 * @param retireAfter how long a superseded token stays valid after its successor was created: a rotation deletes it
 * once that has passed; {@code Duration.ZERO} deletes it at once, which refuses every consumer still holding its
 * password
 * @since 0.1.0
 */
public record RotationPolicy(Duration rotateAfter, Duration retireAfter) {

	/**
	 * The grace unless one is given: a day, long enough for a delivery to a secret store, a Kubernetes pull secret
	 * or a CI variable, and for the jobs and nodes that started with the old password to end.
	 */
	public static final Duration DEFAULT_RETIRE_AFTER = Duration.ofDays(1);

	public RotationPolicy {
		Arguments.requireNonNegative(rotateAfter, "rotateAfter");
		Arguments.requireNonNegative(retireAfter, "retireAfter");
	}

	/**
	 * Rotates the newest token once it is that old; the superseded ones stay valid for
	 * {@linkplain #DEFAULT_RETIRE_AFTER a day}.
	 * @param rotateAfter the newest token's age at which a successor is made
	 * @return the policy
	 */
	public static RotationPolicy rotateAfter(Duration rotateAfter) {
		return new RotationPolicy(rotateAfter, DEFAULT_RETIRE_AFTER);
	}

	/**
	 * The same policy with another grace.
	 * @param retireAfter how long a superseded token stays valid after its successor was created
	 * @return the policy
	 */
	public RotationPolicy withRetireAfter(Duration retireAfter) {
		return new RotationPolicy(this.rotateAfter, retireAfter);
	}

}
