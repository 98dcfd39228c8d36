package io.github.ionosregistry.autoconfigure.connection;

/**
 * The starter's configuration cannot be used: a source of the client's connection (a token file, the IONOS config
 * file, a token), an unknown key, a rotation without its registry. The message says what is wrong and where, never a
 * credential; start-up reports it with what to do.
 *
 * @since 0.1.0
 */
public class InvalidIonosConfigurationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String action;

	/**
	 * The failure.
	 * @param description what is wrong and where
	 * @param action what to do about it
	 */
	public InvalidIonosConfigurationException(String description, String action) {
		super(description);
		this.action = action;
	}

	/** What to do about it. */
	public String getAction() {
		return this.action;
	}

}
