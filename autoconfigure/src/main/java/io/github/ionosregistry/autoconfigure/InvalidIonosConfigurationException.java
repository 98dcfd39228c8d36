package io.github.ionosregistry.autoconfigure;

/**
 * A source of the client's connection (a token file, the IONOS config file, a token) cannot be used; the message
 * says what is wrong and where, never a credential.
 */
class InvalidIonosConfigurationException extends IllegalStateException {

	private final String action;

	InvalidIonosConfigurationException(String description, String action) {
		super(description);
		this.action = action;
	}

	/** What to do about it. */
	String getAction() {
		return this.action;
	}

}
