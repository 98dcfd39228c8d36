package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an {@link ExpiryDateChange}: an absent field keeps the date, {@code null} clears it, a date-time sets it.
 */
final class ExpiryDateChangeDeserializer extends ValueDeserializer<ExpiryDateChange> {

	private final LenientOffsetDateTimeDeserializer dates = new LenientOffsetDateTimeDeserializer();

	@Override
	public ExpiryDateChange deserialize(JsonParser parser, DeserializationContext context) {
		OffsetDateTime expiryDate = this.dates.deserialize(parser, context);
		return ExpiryDateChange.setTo(expiryDate);
	}

	@Override
	public ExpiryDateChange getNullValue(DeserializationContext context) {
		return ExpiryDateChange.clear();
	}

	@Override
	public ExpiryDateChange getAbsentValue(DeserializationContext context) {
		return ExpiryDateChange.keep();
	}

}
