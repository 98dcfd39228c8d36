package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The changes to make to a token; what is {@code null} (or, for the expiry date, {@link ExpiryDateChange#keep()})
 * stays as it is. Start from a factory and chain:
 * <pre class="code">
 * PatchTokenInput.disable().withoutExpiryDate();
 * </pre>
 *
 * @param expiryDate keep, clear (the token never expires) or set the expiry date
 * @param scopes the new scopes, replacing the whole list; {@code null} to keep
 * @param status the new status; {@code null} to keep
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchTokenInput(@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonSerialize(
		using = ExpiryDateChangeSerializer.class) ExpiryDateChange expiryDate, @Nullable List<Scope> scopes,
		@Nullable TokenStatus status) {

	public PatchTokenInput(@Nullable ExpiryDateChange expiryDate, @Nullable List<Scope> scopes,
			@Nullable TokenStatus status) {
		this.expiryDate = (expiryDate != null) ? expiryDate : ExpiryDateChange.keep();
		this.scopes = scopes;
		this.status = status;
	}

	public static PatchTokenInput enable() {
		return new PatchTokenInput(ExpiryDateChange.keep(), null, TokenStatus.ENABLED);
	}

	public static PatchTokenInput disable() {
		return new PatchTokenInput(ExpiryDateChange.keep(), null, TokenStatus.DISABLED);
	}

	public static PatchTokenInput expireAt(OffsetDateTime expiryDate) {
		return new PatchTokenInput(ExpiryDateChange.setTo(expiryDate), null, null);
	}

	public static PatchTokenInput neverExpire() {
		return new PatchTokenInput(ExpiryDateChange.clear(), null, null);
	}

	public static PatchTokenInput replaceScopes(Scope... scopes) {
		return new PatchTokenInput(ExpiryDateChange.keep(), Arrays.asList(scopes), null);
	}

	public PatchTokenInput withStatus(@Nullable TokenStatus status) {
		return new PatchTokenInput(this.expiryDate, this.scopes, status);
	}

	public PatchTokenInput withExpiryDate(OffsetDateTime expiryDate) {
		return new PatchTokenInput(ExpiryDateChange.setTo(expiryDate), this.scopes, this.status);
	}

	public PatchTokenInput withoutExpiryDate() {
		return new PatchTokenInput(ExpiryDateChange.clear(), this.scopes, this.status);
	}

	public PatchTokenInput withScopes(Scope... scopes) {
		return new PatchTokenInput(this.expiryDate, Arrays.asList(scopes), this.status);
	}

}
