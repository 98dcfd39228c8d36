package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The properties of a token as the service returns them.
 *
 * @param credentials the registry login; its password is present only in a create answer
 * @param expiryDate when the token expires, {@code null} for never
 * @param name the token name
 * @param scopes what the token may do, never {@code null}
 * @param status whether the token is enabled
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenProperties(@Nullable Credentials credentials,
		@JsonSerialize(using = IsoOffsetDateTimeSerializer.class) @JsonDeserialize(
				using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime expiryDate,
		@Nullable String name, List<Scope> scopes, @Nullable TokenStatus status) {

	public TokenProperties(@Nullable Credentials credentials, @Nullable OffsetDateTime expiryDate,
			@Nullable String name, @Nullable List<Scope> scopes, @Nullable TokenStatus status) {
		this.credentials = credentials;
		this.expiryDate = expiryDate;
		this.name = name;
		this.scopes = (scopes != null) ? Collections.unmodifiableList(new ArrayList<>(scopes)) : List.of();
		this.status = status;
	}

}
