package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The properties of a token to create or replace. Absent values are not sent, so the service applies its
 * defaults. Build one in a statement:
 * <pre class="code">
 * PostTokenProperties.named("ci-push")
 *     .withExpiryDate(OffsetDateTime.now().plusDays(30))
 *     .withScopes(Scope.repository("*", Scope.PULL, Scope.PUSH));
 * </pre>
 *
 * @param expiryDate when the token expires, {@code null} for never
 * @param name the token name: a letter, then letters, digits and hyphens, not ending in a hyphen, 2 to 63
 * characters
 * @param scopes what the token may do, {@code null} to send none
 * @param status whether the token starts enabled, {@code null} for the service's default
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostTokenProperties(
		@JsonSerialize(using = IsoOffsetDateTimeSerializer.class) @JsonDeserialize(
				using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime expiryDate,
		String name, @Nullable List<Scope> scopes, @Nullable TokenStatus status) {

	/** The API's pattern for token names: a letter, then letters, digits and hyphens, 2 to 63 in all. */
	public static final Pattern NAME_PATTERN = Pattern.compile("^[A-Za-z][-A-Za-z0-9]{0,61}[A-Za-z0-9]$");

	/**
	 * Properties with only a name; add the rest with the {@code with} methods.
	 * @param name the token name
	 * @return the properties
	 */
	public static PostTokenProperties named(String name) {
		return new PostTokenProperties(null, name, null, null);
	}

	public PostTokenProperties(@Nullable OffsetDateTime expiryDate, String name, @Nullable List<Scope> scopes,
			@Nullable TokenStatus status) {
		this.expiryDate = expiryDate;
		this.name = name;
		this.scopes = (scopes != null) ? Collections.unmodifiableList(new ArrayList<>(scopes)) : null;
		this.status = status;
	}

	/**
	 * These properties with an expiry date.
	 * @param expiryDate when the token expires, {@code null} for never
	 * @return the new properties
	 */
	public PostTokenProperties withExpiryDate(@Nullable OffsetDateTime expiryDate) {
		return new PostTokenProperties(expiryDate, this.name, this.scopes, this.status);
	}

	/**
	 * These properties without an expiry date: the token never expires.
	 * @return the new properties
	 */
	public PostTokenProperties withoutExpiryDate() {
		return withExpiryDate(null);
	}

	/**
	 * These properties with scopes.
	 * @param scopes what the token may do
	 * @return the new properties
	 */
	public PostTokenProperties withScopes(Scope... scopes) {
		return withScopes(Arrays.asList(scopes));
	}

	/**
	 * These properties with scopes.
	 * @param scopes what the token may do, {@code null} to send none
	 * @return the new properties
	 */
	public PostTokenProperties withScopes(@Nullable List<Scope> scopes) {
		return new PostTokenProperties(this.expiryDate, this.name, scopes, this.status);
	}

	/**
	 * These properties with a status.
	 * @param status whether the token starts enabled, {@code null} for the service's default
	 * @return the new properties
	 */
	public PostTokenProperties withStatus(@Nullable TokenStatus status) {
		return new PostTokenProperties(this.expiryDate, this.name, this.scopes, status);
	}

}
