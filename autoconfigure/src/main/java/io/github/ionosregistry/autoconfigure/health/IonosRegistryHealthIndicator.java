package io.github.ionosregistry.autoconfigure.health;

import java.time.Instant;
import java.util.UUID;

import io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails;
import io.github.ionosregistry.tokens.internal.credentials.JwtExpiry;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokensQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the registry can be read: UP when a one-token page of it is read, DOWN with the answer's status or the
 * failure otherwise. With an application-defined {@code TokensApi} the page is read through it (with that client's
 * time-outs, retries and observations); otherwise through a client of the check's own with a short time-out, no
 * retries and no observations. Its details say which client, name the API URL and the registry and, for an API
 * token that is a JWT, when it expires; never a credential.
 */
class IonosRegistryHealthIndicator implements HealthIndicator, DisposableBean {

	private final HealthProbeClient probeClient;

	private final IonosRegistryConnectionDetails connection;

	private final UUID registryId;

	IonosRegistryHealthIndicator(HealthProbeClient probeClient, IonosRegistryConnectionDetails connection,
			UUID registryId) {
		this.probeClient = probeClient;
		this.connection = connection;
		this.registryId = registryId;
	}

	@Override
	public Health health() {
		Health.Builder health = new Health.Builder().withDetail("registryId", this.registryId);
		HealthProbeClient.Choice choice;
		try {
			choice = this.probeClient.get();
		}
		catch (RuntimeException ex) {
			return health.down().withDetail("error", describe(ex)).build();
		}
		if (choice.applicationsOwn()) {
			health.withDetail("client", "application's TokensApi bean");
		}
		else {
			health.withDetail("client", "auto-configured").withDetail("apiUrl", this.connection.getApiUrl());
			Instant tokenExpiry = tokenExpiry();
			if (tokenExpiry != null) {
				health.withDetail("tokenExpiresAt", tokenExpiry.toString());
			}
		}
		try {
			choice.client().registriesTokensGet(this.registryId, TokensQuery.page(0, 1));
			return health.up().build();
		}
		catch (IonosApiException ex) {
			return health.down()
				.withDetail("status", ex.getStatusCode().value())
				.withDetail("error", describe(ex))
				.build();
		}
		catch (RuntimeException ex) {
			return health.down().withDetail("error", describe(ex)).build();
		}
	}

	private static String describe(RuntimeException failure) {
		String message = failure.getMessage();
		return (message != null && !message.isBlank()) ? message : failure.getClass().getName();
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

	@Override
	public void destroy() {
		this.probeClient.close();
	}

}
