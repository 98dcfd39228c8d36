package io.github.ionosregistry.tokens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Status of a token. A value the service introduces after this client was written decodes as {@link #UNKNOWN}
 * rather than failing; {@code UNKNOWN} can never be sent.
 *
 * @since 0.1.0
 */
public enum TokenStatus {

	ENABLED("enabled"),

	DISABLED("disabled"),

	UNKNOWN("unknown");

	private final String value;

	TokenStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	@JsonCreator
	public static TokenStatus fromValue(String value) {
		for (TokenStatus status : values()) {
			if (status != UNKNOWN && status.value.equals(value)) {
				return status;
			}
		}
		return UNKNOWN;
	}

}
