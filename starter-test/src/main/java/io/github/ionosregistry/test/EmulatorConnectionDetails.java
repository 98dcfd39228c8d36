package io.github.ionosregistry.test;

import io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;

import org.springframework.util.Assert;

/**
 * The connection to a running {@link TokensEmulator}: its URL, and credentials it accepts.
 */
final class EmulatorConnectionDetails implements IonosRegistryConnectionDetails {

	private final String apiUrl;

	private final IonosCredentials credentials;

	EmulatorConnectionDetails(TokensEmulator emulator) {
		this.apiUrl = emulator.apiUrl();
		this.credentials = credentialsAcceptedBy(emulator.credentials());
	}

	private static IonosCredentials credentialsAcceptedBy(EmulatorCredentials accepted) {
		String token = accepted.token();
		if (token != null) {
			return IonosCredentials.token(token);
		}
		String username = accepted.username();
		String password = accepted.password();
		Assert.state(username != null && password != null, "The emulator accepts neither a token nor a password");
		return IonosCredentials.usernamePassword(username, password);
	}

	@Override
	public String getApiUrl() {
		return this.apiUrl;
	}

	@Override
	public IonosCredentialsProvider getCredentialsProvider() {
		return IonosCredentialsProvider.of(this.credentials);
	}

}
