package io.github.ionosregistry.tokens;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The answer to creating a token: the only answer that holds its password, in {@code properties.credentials}.
 *
 * @param href the token's URL
 * @param id the token id
 * @param metadata who created and changed it, when, and its state
 * @param properties the token's properties
 * @param type the resource type, {@code token}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostTokenOutput(@Nullable String href, @Nullable UUID id, @Nullable ApiResourceMetadata metadata,
		@Nullable TokenProperties properties, @Nullable String type) {

}
