package io.github.ionosregistry.autoconfigure;

import java.util.UUID;
import java.util.function.Supplier;

import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.model.RegistryResponse;
import org.jspecify.annotations.Nullable;

/**
 * The application's {@link RegistriesApi}, built at its first call (the first time a registry's hostname is read),
 * so that start-up builds no HTTP client for it.
 */
final class DeferredRegistriesApi implements RegistriesApi {

	private final Supplier<RegistriesApi> build;

	private volatile @Nullable RegistriesApi built;

	private volatile boolean closed;

	DeferredRegistriesApi(Supplier<RegistriesApi> build) {
		this.build = build;
	}

	@Override
	public RegistryResponse registriesFindById(UUID registryId) {
		RegistriesApi api = this.built;
		if (api == null) {
			synchronized (this) {
				api = this.built;
				if (api == null) {
					if (this.closed) {
						throw new IllegalStateException("The RegistriesApi was closed with its application context");
					}
					api = this.build.get();
					this.built = api;
				}
			}
		}
		return api.registriesFindById(registryId);
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		RegistriesApi api = this.built;
		if (api != null) {
			api.close();
		}
	}

}
