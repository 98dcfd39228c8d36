package io.github.ionosregistry.tokens.model;

import java.time.DateTimeException;
import java.time.OffsetDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Decodes the service's timestamps with {@link Timestamps#parse(String)}, whatever the configuration of the
 * {@code JsonMapper} in use.
 */
final class LenientOffsetDateTimeDeserializer extends ValueDeserializer<OffsetDateTime> {

	@Override
	public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
		}
		String text = parser.getString().trim();
		try {
			return Timestamps.parse(text);
		}
		catch (DateTimeException ex) {
			return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
					"not an ISO-8601 date-time");
		}
	}

}
