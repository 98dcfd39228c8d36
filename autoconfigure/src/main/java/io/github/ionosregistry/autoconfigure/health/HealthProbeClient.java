package io.github.ionosregistry.autoconfigure.health;

import java.time.Duration;

import io.github.ionosregistry.autoconfigure.IonosRegistryClientFactory;
import io.github.ionosregistry.tokens.TokensApi;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The tokens API the health check reads through, chosen on the first check: the application's own {@code TokensApi}
 * bean when it defined one, as-is; otherwise a client of the check's own, built from the same settings with the
 * check's time-out, a single attempt and no observations, and closed with the context.
 */
final class HealthProbeClient implements AutoCloseable {

	private final IonosRegistryClientFactory clientFactory;

	private final ObjectProvider<TokensApi> applicationClient;

	private final Duration timeout;

	private @Nullable Choice choice;

	HealthProbeClient(IonosRegistryClientFactory clientFactory, ObjectProvider<TokensApi> applicationClient,
			Duration timeout) {
		this.clientFactory = clientFactory;
		this.applicationClient = applicationClient;
		this.timeout = timeout;
	}

	/**
	 * The client to read through, made on first use.
	 * @return the choice
	 */
	synchronized Choice get() {
		Choice choice = this.choice;
		if (choice == null) {
			TokensApi application = this.applicationClient.getIfUnique();
			choice = (application != null && !this.clientFactory.createdForTheApplication(application))
					? new Choice(application, true) : new Choice(this.clientFactory.createProbe(this.timeout), false);
			this.choice = choice;
		}
		return choice;
	}

	@Override
	public synchronized void close() {
		Choice choice = this.choice;
		this.choice = null;
		if (choice != null && !choice.applicationsOwn()) {
			choice.client().close();
		}
	}

	/**
	 * A client to read through.
	 * @param client the client
	 * @param applicationsOwn whether it is the application's own {@code TokensApi} bean
	 */
	record Choice(TokensApi client, boolean applicationsOwn) {

	}

}
