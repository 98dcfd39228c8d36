package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Encodes timestamps as ISO-8601 text with offset, whatever the configuration of the {@code JsonMapper} in use.
 */
final class IsoOffsetDateTimeSerializer extends ValueSerializer<OffsetDateTime> {

	@Override
	public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(Timestamps.format(value));
	}

}
