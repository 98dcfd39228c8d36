package io.github.ionosregistry.autoconfigure.connection;

/**
 * No source gives credentials for the IONOS Container Registry client: neither the {@code ionos.registry.*}
 * properties, nor the {@code IONOS_*} environment variables, nor the IONOS config file.
 *
 * @since 0.1.0
 */
public class MissingIonosCredentialsException extends IllegalStateException {

	private final boolean usernameSet;

	private final boolean passwordSet;

	private final String configFile;

	/**
	 * The failure.
	 * @param usernameSet whether a user name was found without a password
	 * @param passwordSet whether a password was found without a user name
	 * @param configFile what the IONOS config file gave, such as that none was found
	 */
	public MissingIonosCredentialsException(boolean usernameSet, boolean passwordSet, String configFile) {
		super("No credentials for the IONOS Container Registry API: set ionos.registry.token (or IONOS_TOKEN), "
				+ "ionos.registry.token-file, or ionos.registry.username and ionos.registry.password (or IONOS_USERNAME "
				+ "and IONOS_PASSWORD), or give them in the IONOS config file; " + configFile);
		this.usernameSet = usernameSet;
		this.passwordSet = passwordSet;
		this.configFile = configFile;
	}

	public boolean isUsernameSet() {
		return this.usernameSet;
	}

	public boolean isPasswordSet() {
		return this.passwordSet;
	}

	/** What the IONOS config file gave, such as that none was found. */
	public String getConfigFile() {
		return this.configFile;
	}

}
