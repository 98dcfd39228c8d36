package io.github.ionosregistry.autoconfigure.connection;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed for want of IONOS credentials, and how to provide them.
 */
class MissingIonosCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingIonosCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingIonosCredentialsException cause) {
		return new FailureAnalysis(describe(cause), """
				Set an API token with the property ionos.registry.token or the environment variable IONOS_TOKEN, \
				or point ionos.registry.token-file at a file holding it.
				Or set a user name and password with ionos.registry.username and ionos.registry.password \
				(environment variables IONOS_USERNAME and IONOS_PASSWORD).
				Or give them in a profile of the IONOS config file (ionos.registry.config-file, IONOS_CONFIG_FILE, \
				~/.ionos/config; the profile from ionos.registry.profile, IONOS_CURRENT_PROFILE or currentProfile).
				Or, if the application should not talk to the IONOS Container Registry, set \
				ionos.registry.enabled=false.""", cause);
	}

	private static String describe(MissingIonosCredentialsException cause) {
		String found = "";
		if (cause.isUsernameSet() && !cause.isPasswordSet()) {
			found = " A user name is set but no password.";
		}
		else if (cause.isPasswordSet() && !cause.isUsernameSet()) {
			found = " A password is set but no user name.";
		}
		return "The IONOS Container Registry TokensApi needs credentials, and none were found: neither "
				+ "ionos.registry.token (IONOS_TOKEN), ionos.registry.token-file, nor ionos.registry.username and "
				+ "ionos.registry.password (IONOS_USERNAME and IONOS_PASSWORD) is set, and " + cause.getConfigFile()
				+ "." + found;
	}

}
