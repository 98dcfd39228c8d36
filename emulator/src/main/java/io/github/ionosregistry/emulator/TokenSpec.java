package io.github.ionosregistry.emulator;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The token a POST or PUT asks for, already checked.
 *
 * @param name the name
 * @param status the status, {@code null} for the default (enabled)
 * @param expiryDate the expiry date, {@code null} for never
 * @param scopes the scopes
 */
record TokenSpec(String name, @Nullable EmulatedStatus status, @Nullable OffsetDateTime expiryDate, List<EmulatedScope> scopes) {

}
