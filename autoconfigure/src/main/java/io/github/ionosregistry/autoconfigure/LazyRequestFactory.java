package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;

/**
 * Builds the HTTP client on the first request rather than at start-up: an application that starts and never calls
 * the API, or calls it late, does not pay for a connection pool and TLS set-up while it starts.
 */
final class LazyRequestFactory implements ClientHttpRequestFactory {

	private final SingletonSupplier<ClientHttpRequestFactory> requestFactory;

	LazyRequestFactory(Supplier<ClientHttpRequestFactory> requestFactory) {
		this.requestFactory = SingletonSupplier.of(requestFactory);
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return this.requestFactory.obtain().createRequest(uri, httpMethod);
	}

}
