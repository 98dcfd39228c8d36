package io.github.ionosregistry.tokens;

import java.util.UUID;

import io.github.ionosregistry.tokens.model.RegistryResponse;

/**
 * {@link RegistriesApi} over a {@link RestClientTransport}, its attempts run by the {@link CallRetrier}.
 */
final class RestClientRegistriesApi implements RegistriesApi {

	private final RestClientTransport transport;

	private final CallRetrier retrier;

	RestClientRegistriesApi(RestClientTransport transport, CallRetrier retrier) {
		this.transport = transport;
		this.retrier = retrier;
	}

	@Override
	public RegistryResponse registriesFindById(UUID registryId) {
		TokenArguments.requireId(registryId, "registryId");
		return this.retrier.call(Operation.FIND_REGISTRY, (attempt) -> this.transport.exchange(Operation.FIND_REGISTRY,
				(uri) -> uri.build(registryId), null, RegistryResponse.class, attempt));
	}

	@Override
	public void close() {
		try {
			this.transport.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close the HTTP client of the RegistriesApi", ex);
		}
	}

}
