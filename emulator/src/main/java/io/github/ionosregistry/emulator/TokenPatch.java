package io.github.ionosregistry.emulator;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The changes a PATCH asks for, already checked; what is absent stays as it is.
 *
 * @param status the new status, or {@code null} to keep it
 * @param changesExpiryDate whether the expiry date changes
 * @param expiryDate the new expiry date when it changes, {@code null} for never
 * @param scopes the new scopes, or {@code null} to keep them
 */
record TokenPatch(@Nullable EmulatedStatus status, boolean changesExpiryDate, @Nullable OffsetDateTime expiryDate,
		@Nullable List<EmulatedScope> scopes) {

}
