package io.github.ionosregistry.autoconfigure;

import java.util.UUID;
import java.util.function.Supplier;

import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.model.RegistryResponse;

/**
 * The application's {@link RegistriesApi}, built at its first call (the first time a registry's hostname is read),
 * so that start-up builds no HTTP client for it.
 */
final class DeferredRegistriesApi implements RegistriesApi {

	private final Deferred<RegistriesApi> api;

	DeferredRegistriesApi(Supplier<RegistriesApi> build) {
		this.api = new Deferred<>("RegistriesApi", build);
	}

	@Override
	public RegistryResponse registriesFindById(UUID registryId) {
		return this.api.get().registriesFindById(registryId);
	}

	@Override
	public void close() {
		this.api.close(RegistriesApi::close);
	}

}
