package io.github.ionosregistry.tokens.internal.call;

import java.util.UUID;

import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.model.RegistryResponse;

/**
 * {@link RegistriesApi} over a {@link RestClientTransport}, its attempts run by the {@link CallRetrier}.
 */
public final class RestClientRegistriesApi implements RegistriesApi {

	private final RestClientTransport transport;

	private final CallRetrier retrier;

	public RestClientRegistriesApi(RestClientTransport transport, CallRetrier retrier) {
		this.transport = transport;
		this.retrier = retrier;
	}

	@Override
	public RegistryResponse registriesFindById(UUID registryId) {
		Arguments.requireId(registryId, "registryId");
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
