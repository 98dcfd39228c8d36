package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.URI;

import io.github.ionosregistry.tokens.internal.call.Rehearsal;
import io.github.ionosregistry.tokens.internal.http.JvmProxySelector;
import io.github.ionosregistry.tokens.internal.http.LazyRequestFactory;
import io.github.ionosregistry.tokens.internal.http.LoopbackExchange;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * What {@link TokensApi#warmUp()} does: prepares what the first call would otherwise do, without sending a request
 * to the API. The HTTP client built and a request of it made (not sent), a {@link LoopbackExchange} on its library,
 * and a {@link Rehearsal} of every operation against responses made in memory.
 *
 * @param apiUrl the API's base URL
 * @param library the library of the HTTP client the API builds, {@code null} for a request factory given
 * @param ownedClient the HTTP client the API builds, {@code null} for a shared one
 * @param maxResponseBytes the longest response accepted
 */
record ClientWarmUp(URI apiUrl, @Nullable HttpClientLibrary library, @Nullable LazyRequestFactory ownedClient,
		long maxResponseBytes) implements Runnable {

	@Override
	public void run() {
		LazyRequestFactory ownedClient = this.ownedClient;
		if (ownedClient != null && ownedClient.isClosed()) {
			return;
		}
		HttpClientLibrary library = this.library;
		if (library != null) {
			LoopbackExchange.run(library::create);
			// The JVM's proxy selector reads its settings on first use.
			JvmProxySelector.INSTANCE.select(this.apiUrl);
		}
		if (ownedClient != null) {
			try {
				ownedClient.requestFactory().createRequest(this.apiUrl, HttpMethod.GET);
			}
			catch (IOException | IllegalStateException ex) {
				// Closed meanwhile, or the first call will make its request itself.
			}
		}
		Rehearsal.run(this.apiUrl, this.maxResponseBytes);
	}

}
