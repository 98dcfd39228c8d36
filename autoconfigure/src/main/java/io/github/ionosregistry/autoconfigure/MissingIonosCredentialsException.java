package io.github.ionosregistry.autoconfigure;

/**
 * Neither a token nor a user name and password is configured for the IONOS Container Registry client.
 */
public class MissingIonosCredentialsException extends IllegalStateException {

	private final boolean usernameSet;

	private final boolean passwordSet;

	public MissingIonosCredentialsException(boolean usernameSet, boolean passwordSet) {
		super("No credentials for the IONOS Container Registry API: set ionos.registry.token (or IONOS_TOKEN), "
				+ "or ionos.registry.username and ionos.registry.password (or IONOS_USERNAME and IONOS_PASSWORD)");
		this.usernameSet = usernameSet;
		this.passwordSet = passwordSet;
	}

	public boolean isUsernameSet() {
		return this.usernameSet;
	}

	public boolean isPasswordSet() {
		return this.passwordSet;
	}

}
