package io.github.ionosregistry.tokens.internal;

import java.util.UUID;

import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.model.RegistryProperties;
import org.jspecify.annotations.Nullable;

/** A registry's hostname, what {@code docker login} and image references use: read once, then kept. */
public final class RegistryHostname {

	private static final String NO_REGISTRIES_API = "These RegistryTokens have no RegistriesApi to read the "
			+ "registry's hostname with: make them with RegistryTokens.of(tokensApi, registriesApi, registryId)";

	private final @Nullable RegistriesApi registries;

	private final UUID registryId;

	private volatile @Nullable String hostname;

	public RegistryHostname(@Nullable RegistriesApi registries, UUID registryId) {
		this.registries = registries;
		this.registryId = registryId;
	}

	/**
	 * The hostname.
	 * @throws IllegalStateException if there is no registries API to read it with, or the registry has none
	 */
	public String get() {
		String hostname = this.hostname;
		if (hostname == null) {
			RegistryProperties properties = requireRegistriesApi().registriesFindById(this.registryId).properties();
			hostname = (properties != null) ? properties.hostname() : null;
			if (hostname == null || hostname.isBlank()) {
				throw new IllegalStateException("The registry " + this.registryId + " has no hostname");
			}
			this.hostname = hostname;
		}
		return hostname;
	}

	/**
	 * The registries API the hostname is read with.
	 * @throws IllegalStateException if there is none
	 */
	public RegistriesApi requireRegistriesApi() {
		RegistriesApi registries = this.registries;
		if (registries == null) {
			throw new IllegalStateException(NO_REGISTRIES_API);
		}
		return registries;
	}

}
