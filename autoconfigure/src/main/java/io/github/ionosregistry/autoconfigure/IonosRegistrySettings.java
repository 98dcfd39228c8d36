package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.tokens.IonosCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The connection settings resolved in one place: each value from {@code ionos.registry.*} if set, else from the
 * standard IONOS environment variable. A token wins over a user name and password.
 *
 * @param apiUrl the API's base URL, {@code null} for the default
 * @param credentials how to authenticate
 */
record IonosRegistrySettings(@Nullable String apiUrl, IonosCredentials credentials) {

	static final String IONOS_TOKEN = "IONOS_TOKEN";

	static final String IONOS_USERNAME = "IONOS_USERNAME";

	static final String IONOS_PASSWORD = "IONOS_PASSWORD";

	static final String IONOS_API_URL = "IONOS_API_URL";

	/**
	 * Resolves the settings.
	 * @param properties the bound {@code ionos.registry.*} properties
	 * @param environment the environment holding the {@code IONOS_*} variables
	 * @return the settings
	 * @throws MissingIonosCredentialsException if neither a token nor a user name and password is set
	 */
	static IonosRegistrySettings resolve(IonosRegistryProperties properties, Environment environment) {
		return new IonosRegistrySettings(resolveApiUrl(properties, environment),
				resolveCredentials(properties, environment));
	}

	/**
	 * The API URL as configured.
	 * @param properties the bound {@code ionos.registry.*} properties
	 * @param environment the environment holding {@code IONOS_API_URL}
	 * @return the URL, {@code null} if neither is set
	 */
	static @Nullable String resolveApiUrl(IonosRegistryProperties properties, Environment environment) {
		return firstText(properties.getApiUrl(), environment.getProperty(IONOS_API_URL));
	}


	private static IonosCredentials resolveCredentials(IonosRegistryProperties properties, Environment environment) {
		String token = firstText(properties.getToken(), environment.getProperty(IONOS_TOKEN));
		if (token != null) {
			return IonosCredentials.token(token);
		}
		String username = firstText(properties.getUsername(), environment.getProperty(IONOS_USERNAME));
		String password = firstText(properties.getPassword(), environment.getProperty(IONOS_PASSWORD));
		if (username != null && password != null) {
			return IonosCredentials.usernamePassword(username, password);
		}
		throw new MissingIonosCredentialsException(username != null, password != null);
	}

	private static @Nullable String firstText(@Nullable String first, @Nullable String second) {
		if (StringUtils.hasText(first)) {
			return first.strip();
		}
		if (StringUtils.hasText(second)) {
			return second.strip();
		}
		return null;
	}

}
