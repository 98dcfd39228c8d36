package io.github.ionosregistry.autoconfigure.rotation;

import java.time.Duration;
import java.time.Instant;

import io.github.ionosregistry.tokens.HeldCredential;
import org.jspecify.annotations.Nullable;

/**
 * How the scheduled rotation of one base name stands in this replica, for health and metrics: never a credential.
 *
 * @param holderId the replica's holder id, part of its tokens' names (taken back with its credential after a restart)
 * @param current the credential the replica holds, or {@code null} while it holds none
 * @param lastCheck when the last check ran, or {@code null} before the first
 * @param lastOutcome what the last check did, or {@code null} before the first
 * @param lastRotation when a check last delivered a token, or {@code null}
 * @param failure what failed last, while checks fail; {@code null} once one succeeds
 * @param failingSince when the checks started to fail, while they fail
 * @param census the base name's live tokens as last counted, or {@code null} before the first count
 * @since 0.1.0
 */
public record HolderState(String holderId, @Nullable HeldCredential current, @Nullable Instant lastCheck,
		@Nullable CheckOutcome lastOutcome, @Nullable Instant lastRotation, @Nullable String failure,
		@Nullable Instant failingSince, @Nullable BaseNameCensus census) {

	static HolderState notYetChecked(String holderId) {
		return new HolderState(holderId, null, null, null, null, null, null, null);
	}

	HolderState checked(String holderId, Instant at, boolean rotated, @Nullable HeldCredential current) {
		return new HolderState(holderId, current, at, rotated ? CheckOutcome.ROTATED : CheckOutcome.NOT_DUE,
				rotated ? at : this.lastRotation, null, null, this.census);
	}

	HolderState failed(String holderId, Instant at, String failure, @Nullable HeldCredential current) {
		return new HolderState(holderId, current, at, CheckOutcome.FAILED, this.lastRotation, failure,
				(this.failingSince != null) ? this.failingSince : at, this.census);
	}

	HolderState counted(BaseNameCensus census) {
		return new HolderState(this.holderId, this.current, this.lastCheck, this.lastOutcome, this.lastRotation,
				this.failure, this.failingSince, census);
	}

	/**
	 * Whether consumers are about to be refused: the checks fail and the replica holds no credential, or one that
	 * expires within the given time.
	 * @param now the time now
	 * @param warning how long before its expiry a credential that cannot be renewed is a danger
	 * @return {@code true} if so
	 */
	public boolean atRisk(Instant now, Duration warning) {
		if (this.failure == null) {
			return false;
		}
		if (this.current == null) {
			return true;
		}
		Instant expiresAt = this.current.expiresAt();
		return expiresAt != null && !now.plus(warning).isBefore(expiresAt);
	}

}
