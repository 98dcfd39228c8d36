package io.github.ionosregistry.test;

import io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;

/**
 * The connection to a running {@link TokensEmulator}: its URL, and credentials it accepts.
 */
final class EmulatorConnectionDetails implements IonosRegistryConnectionDetails {

	private final String apiUrl;

	private final IonosCredentials credentials;

	EmulatorConnectionDetails(TokensEmulator emulator) {
		this.apiUrl = emulator.apiUrl();
		EmulatorCredentials accepted = emulator.credentials();
		this.credentials = (accepted.token() != null) ? IonosCredentials.token(accepted.token())
				: IonosCredentials.usernamePassword(accepted.username(), accepted.password());
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
