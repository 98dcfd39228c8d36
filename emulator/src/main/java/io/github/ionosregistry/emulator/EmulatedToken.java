package io.github.ionosregistry.emulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A token as the emulator holds it. Its one-time password is not kept: like the real service, the emulator shows
 * it once, in the answer that creates the token.
 *
 * @param id the token id
 * @param name the token name, unique within its registry
 * @param status enabled or disabled
 * @param expiryDate when it expires (the emulator then deletes it), {@code null} for never
 * @param scopes what it may do
 * @param createdBy who created it
 * @param createdDate when it was created
 * @param lastModifiedBy who changed it last, {@code null} if never changed
 * @param lastModifiedDate when it was changed last, {@code null} if never changed
 * @since 0.1.0
 */
public record EmulatedToken(UUID id, String name, EmulatedStatus status, @Nullable OffsetDateTime expiryDate,
		List<EmulatedScope> scopes, String createdBy, OffsetDateTime createdDate, @Nullable String lastModifiedBy,
		@Nullable OffsetDateTime lastModifiedDate) {

	public EmulatedToken {
		scopes = List.copyOf(scopes);
	}

	/**
	 * A new enabled token that never expires, for seeding.
	 * @param name the token name
	 * @param scopes its scopes
	 * @return the token, created now by {@code seed}
	 */
	public static EmulatedToken named(String name, EmulatedScope... scopes) {
		return new EmulatedToken(UUID.randomUUID(), name, EmulatedStatus.ENABLED, null, List.of(scopes), "seed",
				OffsetDateTime.now(ZoneOffset.UTC), null, null);
	}

	public EmulatedToken withId(UUID id) {
		return new EmulatedToken(id, this.name, this.status, this.expiryDate, this.scopes, this.createdBy,
				this.createdDate, this.lastModifiedBy, this.lastModifiedDate);
	}

	public EmulatedToken withStatus(EmulatedStatus status) {
		return new EmulatedToken(this.id, this.name, status, this.expiryDate, this.scopes, this.createdBy,
				this.createdDate, this.lastModifiedBy, this.lastModifiedDate);
	}

	public EmulatedToken withExpiryDate(@Nullable OffsetDateTime expiryDate) {
		return new EmulatedToken(this.id, this.name, this.status, expiryDate, this.scopes, this.createdBy,
				this.createdDate, this.lastModifiedBy, this.lastModifiedDate);
	}

	/**
	 * The {@code metadata.state} the emulator reports: {@code Enabled} or {@code Disabled}.
	 * @return the state
	 */
	public String state() {
		return (this.status == EmulatedStatus.DISABLED) ? "Disabled" : "Enabled";
	}

}
