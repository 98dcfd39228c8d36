package io.github.ionosregistry.autoconfigure;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A client built at its first use, once, and closed with the context only if it was built: what the deferred
 * clients share.
 *
 * @param <T> the client
 */
final class Deferred<T> {

	private final Supplier<T> build;

	private final String name;

	private volatile @Nullable T built;

	private volatile boolean closed;

	/**
	 * A client to build.
	 * @param name its name, for the failure of a use after the close
	 * @param build builds it
	 */
	Deferred(String name, Supplier<T> build) {
		this.name = name;
		this.build = build;
	}

	/** The client, built now if it was not yet. */
	T get() {
		T client = this.built;
		if (client == null) {
			synchronized (this) {
				client = this.built;
				if (client == null) {
					if (this.closed) {
						throw new IllegalStateException("The " + this.name + " was closed with its application context");
					}
					client = this.build.get();
					this.built = client;
				}
			}
		}
		return client;
	}

	/** Closes the client if it was built; none is built afterwards. */
	synchronized void close(Consumer<T> close) {
		this.closed = true;
		T client = this.built;
		if (client != null) {
			close.accept(client);
		}
	}

	/** The client if it was built. */
	@Nullable T ifBuilt() {
		return this.built;
	}

}
