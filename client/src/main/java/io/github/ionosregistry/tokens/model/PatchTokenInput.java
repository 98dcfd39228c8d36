package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The changes to make to a token; what is {@code null} (or, for the expiry date, {@link ExpiryDateChange#keep()})
 * stays as it is. Start from {@link #enable()}, {@link #disable()} or {@link #empty()} and add changes:
 * <pre class="code">
 * PatchTokenInput.disable().withoutExpiryDate();
 * PatchTokenInput.empty().withExpiryDate(OffsetDateTime.now().plusDays(7)).withScopes(Scope.repository("web", Scope.PULL));
 * </pre>
 * In JSON an absent {@code expiryDate} keeps the date, {@code null} clears it and a date sets it; this record reads
 * and writes all three.
 *
 * @param expiryDate keep, clear (the token never expires) or set the expiry date
 * @param scopes the new scopes, replacing the whole list; {@code null} to keep
 * @param status the new status; {@code null} to keep
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchTokenInput(
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonSerialize(
				using = ExpiryDateChangeSerializer.class) @JsonDeserialize(
						using = ExpiryDateChangeDeserializer.class) ExpiryDateChange expiryDate,
		@Nullable List<Scope> scopes, @Nullable TokenStatus status) {

	public PatchTokenInput(@Nullable ExpiryDateChange expiryDate, @Nullable List<Scope> scopes,
			@Nullable TokenStatus status) {
		this.expiryDate = (expiryDate != null) ? expiryDate : ExpiryDateChange.keep();
		this.scopes = (scopes != null) ? Collections.unmodifiableList(new ArrayList<>(scopes)) : null;
		this.status = status;
	}

	/**
	 * Changes nothing yet; add changes with the {@code with} methods.
	 * @return the empty change
	 */
	public static PatchTokenInput empty() {
		return new PatchTokenInput(ExpiryDateChange.keep(), null, null);
	}

	/**
	 * Enables the token.
	 * @return the change
	 */
	public static PatchTokenInput enable() {
		return empty().withStatus(TokenStatus.ENABLED);
	}

	/**
	 * Disables the token.
	 * @return the change
	 */
	public static PatchTokenInput disable() {
		return empty().withStatus(TokenStatus.DISABLED);
	}

	/**
	 * These changes, also setting the status.
	 * @param status the new status, {@code null} to keep it
	 * @return the changes
	 */
	public PatchTokenInput withStatus(@Nullable TokenStatus status) {
		return new PatchTokenInput(this.expiryDate, this.scopes, status);
	}

	/**
	 * These changes, also setting the expiry date.
	 * @param expiryDate the new expiry date
	 * @return the changes
	 */
	public PatchTokenInput withExpiryDate(OffsetDateTime expiryDate) {
		return new PatchTokenInput(ExpiryDateChange.setTo(expiryDate), this.scopes, this.status);
	}

	/**
	 * These changes, also removing the expiry date: the token never expires.
	 * @return the changes
	 */
	public PatchTokenInput withoutExpiryDate() {
		return new PatchTokenInput(ExpiryDateChange.clear(), this.scopes, this.status);
	}

	/**
	 * These changes, also replacing the whole list of scopes.
	 * @param scopes the new scopes
	 * @return the changes
	 */
	public PatchTokenInput withScopes(Scope... scopes) {
		return withScopes(Arrays.asList(scopes));
	}

	/**
	 * These changes, also replacing the whole list of scopes.
	 * @param scopes the new scopes
	 * @return the changes
	 */
	public PatchTokenInput withScopes(List<Scope> scopes) {
		return new PatchTokenInput(this.expiryDate, scopes, this.status);
	}

}
