package io.github.ionosregistry.tokens.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A token as the service returns it from a read or an update. Its password is always empty.
 *
 * @param href the token's URL
 * @param id the token id
 * @param metadata who created and changed it, when, and its state
 * @param properties the token's properties
 * @param type the resource type, {@code token}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(@Nullable String href, @Nullable UUID id, @Nullable ApiResourceMetadata metadata,
		@Nullable TokenProperties properties, @Nullable String type) {

}
