package io.github.ionosregistry.tokens;

import java.util.UUID;

import io.github.ionosregistry.tokens.model.RegistryResponse;

/**
 * The registries of the IONOS Cloud Container Registry, read only: what a registry's tokens are used with, such as
 * its hostname for {@code docker login}. Method names follow the API's operation ids. Build one with
 * {@link TokensApiBuilder#buildRegistriesApi()}, or inject the one Spring Boot auto-configures. Calls are checked,
 * repeated, bounded and observed as those of {@link TokensApi} are.
 *
 * @since 0.1.0
 */
public interface RegistriesApi extends AutoCloseable {

	/**
	 * Reads a registry.
	 * @param registryId the registry
	 * @return the registry
	 * @throws IonosApiException {@code 404} for a registry that does not exist
	 */
	RegistryResponse registriesFindById(UUID registryId);

	/**
	 * Releases the HTTP client that this API built for itself.
	 */
	@Override
	default void close() {
	}

}
