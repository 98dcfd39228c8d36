package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How much storage a registry uses.
 *
 * @param bytes the bytes stored
 * @param updatedAt when it was measured
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageUsage(@Nullable Long bytes,
		@JsonSerialize(using = IsoOffsetDateTimeSerializer.class) @JsonDeserialize(
				using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime updatedAt) {

}
