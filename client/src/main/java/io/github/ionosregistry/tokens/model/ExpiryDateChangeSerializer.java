package io.github.ionosregistry.tokens.model;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an {@link ExpiryDateChange}: nothing for {@code keep} (it counts as empty), {@code null} for
 * {@code clear}, the ISO-8601 date-time for {@code setTo}.
 */
final class ExpiryDateChangeSerializer extends ValueSerializer<ExpiryDateChange> {

	@Override
	public boolean isEmpty(SerializationContext context, ExpiryDateChange change) {
		return change instanceof ExpiryDateChange.Keep;
	}

	@Override
	public void serialize(ExpiryDateChange change, JsonGenerator generator, SerializationContext context) {
		if (change instanceof ExpiryDateChange.SetTo setTo) {
			generator.writeString(Timestamps.format(setTo.expiryDate()));
		}
		else {
			generator.writeNull();
		}
	}

}
