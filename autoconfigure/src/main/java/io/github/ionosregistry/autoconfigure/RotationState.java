package io.github.ionosregistry.autoconfigure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the scheduled rotation of one base name went last, for the health contributor: never a credential.
 *
 * @param lastCheck when it last ran, or {@code null} before its first run
 * @param lastOutcome {@code rotated}, {@code not-due} or {@code failed}
 * @param lastRotation when it last made a successor, or {@code null}
 * @param failure what failed last, while the rotation fails; {@code null} once one succeeds
 */
record RotationState(@Nullable Instant lastCheck, @Nullable String lastOutcome, @Nullable Instant lastRotation,
		@Nullable String failure) {

	static final RotationState NOT_YET_RUN = new RotationState(null, null, null, null);

	RotationState checked(Instant at, boolean rotated) {
		return new RotationState(at, rotated ? ScheduledTokenRotations.ROTATED : ScheduledTokenRotations.NOT_DUE,
				rotated ? at : this.lastRotation, null);
	}

	RotationState failed(Instant at, String failure) {
		return new RotationState(at, ScheduledTokenRotations.FAILED, this.lastRotation, failure);
	}

}
