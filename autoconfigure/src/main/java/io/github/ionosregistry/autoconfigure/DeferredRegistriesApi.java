package io.github.ionosregistry.autoconfigure;

import java.util.UUID;

import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.model.RegistryResponse;

import org.springframework.util.function.SingletonSupplier;

/**
 * The application's {@link RegistriesApi}, built at its first call (the first time a registry's hostname is read),
 * so that start-up builds no HTTP client for it.
 */
final class DeferredRegistriesApi implements RegistriesApi {

	private final SingletonSupplier<RegistriesApi> api;

	DeferredRegistriesApi(SingletonSupplier<RegistriesApi> api) {
		this.api = api;
	}

	@Override
	public RegistryResponse registriesFindById(UUID registryId) {
		return this.api.obtain().registriesFindById(registryId);
	}

	@Override
	public void close() {
		RegistriesApi built = this.api.get();
		if (built != null) {
			built.close();
		}
	}

}
