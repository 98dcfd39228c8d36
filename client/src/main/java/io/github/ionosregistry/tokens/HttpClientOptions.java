package io.github.ionosregistry.tokens;

import java.net.URI;
import java.time.Duration;

/**
 * What the HTTP client of a {@link TokensApi} must honour, handed to a request factory function given to
 * {@link TokensApiBuilder#ownedRequestFactory(java.util.function.Function)}. Whatever client it builds must also never
 * follow redirects: credentials must not travel to another host.
 *
 * @param apiUrl the API's base URL
 * @param connectTimeout the time-out for establishing a connection
 * @param readTimeout the time-out for reading an answer
 * @param maxConnections the most connections to keep to the API
 * @since 0.1.0
 */
public record HttpClientOptions(URI apiUrl, Duration connectTimeout, Duration readTimeout, int maxConnections) {

	/**
	 * Whether the API is reached over plain HTTP (only a loopback host, such as a local emulator, is allowed that).
	 * @return {@code true} for an {@code http} URL
	 */
	public boolean isPlainHttp() {
		return "http".equalsIgnoreCase(this.apiUrl.getScheme());
	}

}
