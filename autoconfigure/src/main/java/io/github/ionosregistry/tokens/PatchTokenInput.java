package io.github.ionosregistry.tokens;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The changes to make to a token; what is {@code null} stays as it is. The expiry date has three states:
 * {@code null} keeps it, an empty {@link Optional} clears it (sent as JSON {@code null}: the token never expires),
 * a present one sets it. Start from a factory and chain:
 * <pre class="code">
 * PatchTokenInput.disable().withoutExpiryDate();
 * </pre>
 *
 * @param expiryDate {@code null} to keep, empty to clear, present to set
 * @param scopes the new scopes, replacing the whole list; {@code null} to keep
 * @param status the new status; {@code null} to keep
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchTokenInput(
		@JsonSerialize(contentUsing = IsoOffsetDateTimeSerializer.class) @Nullable Optional<OffsetDateTime> expiryDate,
		@Nullable List<Scope> scopes, @Nullable TokenStatus status) {

	public static PatchTokenInput enable() {
		return new PatchTokenInput(null, null, TokenStatus.ENABLED);
	}

	public static PatchTokenInput disable() {
		return new PatchTokenInput(null, null, TokenStatus.DISABLED);
	}

	public static PatchTokenInput expireAt(OffsetDateTime expiryDate) {
		return new PatchTokenInput(Optional.of(expiryDate), null, null);
	}

	public static PatchTokenInput neverExpire() {
		return new PatchTokenInput(Optional.empty(), null, null);
	}

	public static PatchTokenInput replaceScopes(Scope... scopes) {
		return new PatchTokenInput(null, Arrays.asList(scopes), null);
	}

	public PatchTokenInput withStatus(@Nullable TokenStatus status) {
		return new PatchTokenInput(this.expiryDate, this.scopes, status);
	}

	public PatchTokenInput withExpiryDate(OffsetDateTime expiryDate) {
		return new PatchTokenInput(Optional.of(expiryDate), this.scopes, this.status);
	}

	public PatchTokenInput withoutExpiryDate() {
		return new PatchTokenInput(Optional.empty(), this.scopes, this.status);
	}

	public PatchTokenInput withScopes(Scope... scopes) {
		return new PatchTokenInput(this.expiryDate, Arrays.asList(scopes), this.status);
	}

}
