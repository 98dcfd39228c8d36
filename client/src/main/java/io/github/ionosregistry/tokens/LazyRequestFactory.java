package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * Builds the HTTP client on the first request rather than at start-up: an application that starts and never calls
 * the API, or calls it late, does not pay for a connection pool and TLS set-up while it starts. It owns the client
 * it built, and {@link #close() closes} it.
 */
final class LazyRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	/** Spring's Jetty and Reactor factories are stopped as a {@code Lifecycle}; spring-context is optional here. */
	private static final boolean LIFECYCLE_PRESENT = ClassUtils.isPresent("org.springframework.context.Lifecycle",
			LazyRequestFactory.class.getClassLoader());

	private final Supplier<? extends ClientHttpRequestFactory> factory;

	private volatile @Nullable ClientHttpRequestFactory built;

	private volatile boolean closed;

	LazyRequestFactory(Supplier<? extends ClientHttpRequestFactory> factory) {
		this.factory = factory;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return obtain().createRequest(uri, httpMethod);
	}

	private ClientHttpRequestFactory obtain() {
		ClientHttpRequestFactory factory = this.built;
		if (factory != null) {
			return factory;
		}
		synchronized (this) {
			if (this.closed) {
				throw new IllegalStateException("The TokensApi has been closed");
			}
			factory = this.built;
			if (factory == null) {
				factory = this.factory.get();
				this.built = factory;
			}
			return factory;
		}
	}

	/** Closes the HTTP client if it was built: its connections, its threads. */
	@Override
	public synchronized void close() throws Exception {
		this.closed = true;
		Object factory = this.built;
		this.built = null;
		if (factory instanceof AutoCloseable closeable) {
			closeable.close();
		}
		else if (factory instanceof DisposableBean disposable) {
			disposable.destroy();
		}
		else if (LIFECYCLE_PRESENT) {
			Lifecycles.stop(factory);
		}
	}

	/** Kept apart so that spring-context's classes load only when it is on the class path. */
	private static final class Lifecycles {

		static void stop(@Nullable Object factory) {
			if (factory instanceof org.springframework.context.Lifecycle lifecycle) {
				lifecycle.stop();
			}
		}

	}

}
