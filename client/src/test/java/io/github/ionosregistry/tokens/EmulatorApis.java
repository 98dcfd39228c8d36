package io.github.ionosregistry.tokens;

import java.net.URI;
import java.time.Duration;

import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Clients of an in-process emulator for the tests of rotation, on a transport the test may wrap.
 */
final class EmulatorApis {

	private EmulatorApis() {
	}

	/**
	 * The tokens API of the emulator over the given transport, waiting only milliseconds between attempts.
	 * @param emulator the emulator
	 * @param transport the request factory the client sends through
	 * @return the client, for the caller to close
	 */
	static TokensApi tokens(TokensEmulator emulator, ClientHttpRequestFactory transport) {
		return builder(emulator)
			.retry(RetrySettings.defaults().withInitialDelay(Duration.ofMillis(5)).withMaxDelay(Duration.ofMillis(20)))
			.sharedRequestFactory(transport)
			.build();
	}

	/**
	 * The registries API of the emulator.
	 * @param emulator the emulator
	 * @return the client, for the caller to close
	 */
	static RegistriesApi registries(TokensEmulator emulator) {
		return builder(emulator).buildRegistriesApi();
	}

	/**
	 * A transport on the JDK's HTTP client.
	 * @return the request factory
	 */
	static ClientHttpRequestFactory jdk() {
		return HttpClientLibrary.JDK.create(new RequestFactorySettings(new HttpClientOptions(URI.create("http://127.0.0.1"),
				Duration.ofSeconds(5), Duration.ofSeconds(5), 10), 4 << 20, null, null));
	}

	private static TokensApiBuilder builder(TokensEmulator emulator) {
		return TokensApi.builder()
			.apiUrl(emulator.apiUrl())
			.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN));
	}

}
