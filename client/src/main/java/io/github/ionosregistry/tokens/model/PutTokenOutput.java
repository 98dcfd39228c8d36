package io.github.ionosregistry.tokens.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The answer to creating or replacing a token with a chosen id. When it created the token, it holds the password.
 *
 * @param href the token's URL
 * @param id the token id
 * @param metadata who created and changed it, when, and its state
 * @param properties the token's properties
 * @param type the resource type, {@code token}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PutTokenOutput(@Nullable String href, @Nullable UUID id, @Nullable ApiResourceMetadata metadata,
		@Nullable TokenProperties properties, @Nullable String type) {

	/**
	 * Whether this answer holds the token's one-time password, as the answer that created the token does.
	 * @return {@code true} if {@code properties.credentials.password} is present and not empty
	 */
	public boolean hasPassword() {
		return this.properties != null && this.properties.credentials() != null
				&& this.properties.credentials().hasPassword();
	}

}
