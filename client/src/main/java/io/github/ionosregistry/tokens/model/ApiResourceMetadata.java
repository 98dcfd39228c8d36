package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who created and last changed a resource, when, and its state.
 *
 * @param createdBy the creator's name
 * @param createdByUserId the creator's user id
 * @param createdDate when it was created
 * @param lastModifiedBy who changed it last
 * @param lastModifiedByUserId the user id of who changed it last
 * @param lastModifiedDate when it was changed last
 * @param state the state, such as {@code Running}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiResourceMetadata(@Nullable String createdBy, @Nullable String createdByUserId,
		@JsonSerialize(using = IsoOffsetDateTimeSerializer.class) @JsonDeserialize(
				using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime createdDate,
		@Nullable String lastModifiedBy, @Nullable String lastModifiedByUserId,
		@JsonSerialize(using = IsoOffsetDateTimeSerializer.class) @JsonDeserialize(
				using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime lastModifiedDate,
		@Nullable String state) {

}
