package io.github.ionosregistry.tokens.model;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A registry as the service returns it.
 *
 * @param href the registry's URL
 * @param id the registry id
 * @param metadata who created and changed it, when, and its state
 * @param properties its name, hostname, location, storage usage and garbage-collection schedule
 * @param type the resource type, {@code registry}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryResponse(@Nullable String href, @Nullable UUID id, @Nullable ApiResourceMetadata metadata,
		@Nullable RegistryProperties properties, @Nullable String type) {

}
