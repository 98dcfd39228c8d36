package io.github.ionosregistry.autoconfigure;

import java.time.Duration;

import io.github.ionosregistry.autoconfigure.connection.MissingIonosCredentialsException;
import io.github.ionosregistry.autoconfigure.connection.InvalidIonosConfigurationException;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.internal.ApiUrl;
import io.github.ionosregistry.tokens.internal.SettingRules;
import org.jspecify.annotations.Nullable;

/**
 * Maps the connection details, the {@code ionos.registry.*} properties and Boot's HTTP client set-up onto
 * {@link TokensApi#builder()}: the one place where the auto-configured clients (the application's and the health
 * check's) are made.
 */
public final class IonosRegistryClientFactory {

	private final IonosRegistryConnectionDetails connectionDetails;

	private final ClientAssembly assembly;

	private volatile @Nullable TokensApi created;

	IonosRegistryClientFactory(IonosRegistryConnectionDetails connectionDetails, ClientAssembly assembly) {
		this.connectionDetails = connectionDetails;
		this.assembly = assembly;
	}

	/**
	 * The application's tokens API from the properties and the customizers, built at its first use (the warm-up
	 * after the application is ready, or its first call).
	 * @return the client
	 * @throws InvalidIonosConfigurationException naming the setting whose value is malformed
	 * @throws MissingIonosCredentialsException if no source gives credentials
	 */
	public TokensApi createTokensApi() {
		return createTokensApi(() -> {
		});
	}

	/**
	 * The application's tokens API, as {@link #createTokensApi()}, saying what it says when it builds its client.
	 * @param whenBuilt run once, just before the client is built
	 * @return the client
	 */
	TokensApi createTokensApi(Runnable whenBuilt) {
		IonosCredentialsProvider credentialsProvider = this.connectionDetails.getCredentialsProvider();
		checkConnection();
		TokensApi created = new DeferredTokensApi(() -> {
			whenBuilt.run();
			return this.assembly.tokensApi(credentialsProvider);
		});
		this.created = created;
		return created;
	}

	/**
	 * Checks at once what must fail start-up rather than the first call: the API URL and contract number, which may
	 * come from outside the properties. The client itself is built at its first use.
	 */
	private void checkConnection() {
		applyUnchecked("ionos.registry.api-url", "IONOS_API_URL or the IONOS config file's endpoint",
				() -> ApiUrl.parse(this.connectionDetails.getApiUrl()));
		Long contractNumber = this.connectionDetails.getContractNumber();
		if (contractNumber != null && !SettingRules.isOneOrMore(contractNumber)) {
			applyUnchecked("ionos.registry.contract-number", "IONOS_CONTRACT_NUMBER", () -> {
				throw new IllegalArgumentException("contractNumber must be 1 or more, was " + contractNumber);
			});
		}
		this.connectionDetails.getSslBundle();
	}

	/**
	 * Whether a tokens API is the one this factory made for the application, not one of the application's own.
	 * @param tokensApi the tokens API
	 * @return {@code true} if this factory made it
	 */
	public boolean createdForTheApplication(TokensApi tokensApi) {
		return tokensApi == this.created;
	}

	/**
	 * The registries API from the properties and the customizers, built at its first call. Its credentials are
	 * resolved then too, so that an application with a tokens API of its own needs none in the properties until it
	 * reads a registry.
	 * @return the client
	 * @throws InvalidIonosConfigurationException naming the setting whose value is malformed
	 */
	public RegistriesApi createRegistriesApi() {
		checkConnection();
		return new DeferredRegistriesApi(() -> this.assembly.registriesApi(
				() -> this.connectionDetails.getCredentialsProvider().getCredentials()));
	}

	/**
	 * Builds the health check's tokens API: the application's settings with a time-out of its own, a single
	 * attempt, one connection, and no observations, so that probes do not count as the application's requests.
	 * @param timeout the time-out of the whole check
	 * @return the client
	 */
	public TokensApi createProbe(Duration timeout) {
		return this.assembly.probe(timeout);
	}

	/**
	 * Applies a setting that may come from outside the properties ({@code IONOS_API_URL}, the IONOS config file,
	 * {@code IONOS_CONTRACT_NUMBER}), so was not checked when they were bound: a malformed value fails start-up with
	 * a failure analysis naming the setting.
	 */
	static void applyUnchecked(String name, String source, Runnable apply) {
		try {
			apply.run();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidIonosConfigurationException("The IONOS Container Registry setting " + name
					+ " cannot be used: " + ex.getMessage() + ".",
					"Correct " + name + " or " + source + ", where the value came from.");
		}
	}

}
