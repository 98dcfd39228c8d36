package io.github.ionosregistry.tokens.internal.http;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * The HTTP client the API owns: built on the first request (or a warm-up) rather than at start-up, so that an
 * application that starts and never calls the API does not pay for a connection pool while it starts; closed by
 * {@link #close()}; and replaced by a new one after an {@link Error} (say, an {@code OutOfMemoryError}) may have left
 * it unusable.
 */
public final class LazyRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	private static final Log logger = LogFactory.getLog(LazyRequestFactory.class);

	/** Spring's Jetty and Reactor factories are stopped as a {@code Lifecycle}; spring-context is optional here. */
	private static final boolean LIFECYCLE_PRESENT = ClassUtils.isPresent("org.springframework.context.Lifecycle",
			LazyRequestFactory.class.getClassLoader());

	private final Supplier<? extends ClientHttpRequestFactory> factory;

	private volatile @Nullable ClientHttpRequestFactory built;

	private volatile boolean closed;

	public LazyRequestFactory(Supplier<? extends ClientHttpRequestFactory> factory) {
		this.factory = factory;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return requestFactory().createRequest(uri, httpMethod);
	}

	/** Whether the API has been closed. */
	public boolean isClosed() {
		return this.closed;
	}

	/**
	 * Refuses a call on a closed API before anything is sent.
	 * @throws IllegalStateException if it has been closed
	 */
	public void checkOpen() {
		if (this.closed) {
			throw new IllegalStateException("The TokensApi has been closed");
		}
	}

	/**
	 * The HTTP client, built now if it was not yet.
	 * @return the HTTP client
	 */
	public ClientHttpRequestFactory requestFactory() {
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

	/**
	 * Closes the HTTP client after an error it may not have survived; the next request builds a new one.
	 * @param error the error
	 */
	public synchronized void discardAfter(Error error) {
		Object factory = this.built;
		this.built = null;
		if (factory != null) {
			logger.warn("The TokensApi's HTTP client is replaced after " + error.getClass().getName());
			try {
				close(factory);
			}
			catch (Exception | Error ex) {
				error.addSuppressed(ex);
			}
		}
	}

	/** Closes the HTTP client if it was built: its connections, its threads. */
	@Override
	public synchronized void close() throws Exception {
		this.closed = true;
		Object factory = this.built;
		this.built = null;
		if (factory != null) {
			close(factory);
		}
	}

	private static void close(Object factory) throws Exception {
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

		static void stop(Object factory) {
			if (factory instanceof org.springframework.context.Lifecycle lifecycle) {
				lifecycle.stop();
			}
		}

	}

}
