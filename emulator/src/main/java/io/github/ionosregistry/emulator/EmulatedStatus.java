package io.github.ionosregistry.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Whether an emulated token is enabled, with the API's JSON value.
 *
 * @since 0.1.0
 */
public enum EmulatedStatus {

	ENABLED("enabled"),

	DISABLED("disabled");

	private final String value;

	EmulatedStatus(String value) {
		this.value = value;
	}

	/** The JSON value: {@code enabled} or {@code disabled}. */
	public String value() {
		return this.value;
	}

	/**
	 * The status with that JSON value.
	 * @param value the JSON value
	 * @return the status, or {@code null} for any other value
	 */
	static @Nullable EmulatedStatus fromValue(String value) {
		for (EmulatedStatus status : values()) {
			if (status.value.equals(value)) {
				return status;
			}
		}
		return null;
	}

}
