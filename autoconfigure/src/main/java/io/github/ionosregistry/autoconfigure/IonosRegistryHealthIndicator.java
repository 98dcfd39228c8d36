package io.github.ionosregistry.autoconfigure;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.jspecify.annotations.Nullable;

/**
 * Whether the registry can be read with the configured credentials: UP when a one-token page of it is read, DOWN
 * with the answer's status or the failure otherwise. The check uses a client of its own, made on the first check,
 * with a short time-out and no retries. Its details name the API URL, the registry and, for a token that is a JWT,
 * when it expires; never a credential.
 */
class IonosRegistryHealthIndicator implements HealthIndicator, DisposableBean {

	private final Supplier<TokensApi> clientFactory;

	private @Nullable TokensApi client;

	private final IonosRegistryConnectionDetails connection;

	private final UUID registryId;

	IonosRegistryHealthIndicator(Supplier<TokensApi> client, IonosRegistryConnectionDetails connection,
			UUID registryId) {
		this.clientFactory = client;
		this.connection = connection;
		this.registryId = registryId;
	}

	@Override
	public Health health() {
		Health.Builder health = new Health.Builder().withDetail("apiUrl", this.connection.getApiUrl())
			.withDetail("registryId", this.registryId);
		Instant tokenExpiry = tokenExpiry();
		if (tokenExpiry != null) {
			health.withDetail("tokenExpiresAt", tokenExpiry.toString());
		}
		try {
			client().registriesTokensGet(this.registryId, TokensQuery.page(0, 1));
			return health.up().build();
		}
		catch (IonosApiException ex) {
			return health.down().withDetail("status", ex.getStatusCode().value()).withDetail("error", describe(ex)).build();
		}
		catch (RuntimeException ex) {
			return health.down().withDetail("error", describe(ex)).build();
		}
	}

	private static String describe(RuntimeException failure) {
		String message = failure.getMessage();
		return (message != null) ? message : failure.getClass().getName();
	}

	/** When the API token in use expires, if it is a JWT. */
	private @Nullable Instant tokenExpiry() {
		try {
			return (this.connection.getCredentialsProvider().getCredentials() instanceof IonosCredentials.Token token)
					? JwtExpiry.of(token.token()) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private synchronized TokensApi client() {
		TokensApi client = this.client;
		if (client == null) {
			client = this.clientFactory.get();
			this.client = client;
		}
		return client;
	}

	@Override
	public synchronized void destroy() {
		TokensApi client = this.client;
		this.client = null;
		if (client != null) {
			client.close();
		}
	}

}
