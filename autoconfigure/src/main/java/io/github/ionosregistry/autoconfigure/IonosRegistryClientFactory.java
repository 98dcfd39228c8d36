package io.github.ionosregistry.autoconfigure;

import java.time.Duration;

import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Maps the connection details, the {@code ionos.registry.*} properties and Boot's HTTP client set-up onto
 * {@link TokensApi#builder()}: the one place where the auto-configured clients (the application's and the health
 * check's) are made.
 */
public final class IonosRegistryClientFactory {

	private final IonosRegistryProperties properties;

	private final IonosRegistryConnectionDetails connectionDetails;

	private final SingletonSupplier<RestClient.Builder> restClientBuilder;

	private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	private final ObjectProvider<TokensApiBuilderCustomizer> customizers;

	private volatile @Nullable TokensApi created;

	IonosRegistryClientFactory(IonosRegistryProperties properties, IonosRegistryConnectionDetails connectionDetails,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<TokensApiBuilderCustomizer> customizers) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.restClientBuilder = SingletonSupplier.of(() -> withoutItsHttpClient(restClientBuilder));
		this.requestFactoryBuilder = requestFactoryBuilder;
		this.httpClientSettings = httpClientSettings;
		this.observationRegistry = observationRegistry;
		this.customizers = customizers;
	}

	/**
	 * The application's tokens API from the properties and the customizers, built at its first use (the warm-up
	 * after the application is ready, or its first call).
	 * @return the client
	 * @throws InvalidIonosConfigurationException naming the setting whose value is malformed
	 * @throws MissingIonosCredentialsException if no source gives credentials
	 */
	public TokensApi createTokensApi() {
		IonosCredentialsProvider credentialsProvider = this.connectionDetails.getCredentialsProvider();
		checkConnection();
		TokensApi created = new DeferredTokensApi(() -> builder(credentialsProvider).build());
		this.created = created;
		return created;
	}

	/**
	 * Checks at once what must fail start-up rather than the first call: the API URL and contract number, which may
	 * come from outside the properties. The client itself is built at its first use.
	 */
	private void checkConnection() {
		TokensApiBuilder builder = TokensApi.builder();
		applyUnchecked("ionos.registry.api-url", "IONOS_API_URL or the IONOS config file's endpoint",
				() -> builder.apiUrl(this.connectionDetails.getApiUrl()));
		Long contractNumber = this.connectionDetails.getContractNumber();
		if (contractNumber != null) {
			applyUnchecked("ionos.registry.contract-number", "IONOS_CONTRACT_NUMBER",
					() -> builder.contractNumber(contractNumber));
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
		return new DeferredRegistriesApi(SingletonSupplier.of(() -> builder(
				() -> this.connectionDetails.getCredentialsProvider().getCredentials()).buildRegistriesApi()));
	}

	/**
	 * Builds the health check's tokens API: the application's settings with a time-out of its own, a single
	 * attempt, one connection, and no observations, so that probes do not count as the application's requests.
	 * @param timeout the time-out of the whole check
	 * @return the client
	 */
	public TokensApi createProbe(Duration timeout) {
		return builder(this.connectionDetails.getCredentialsProvider()).connectTimeout(timeout)
			.readTimeout(timeout)
			.attemptTimeout(timeout)
			.callTimeout(timeout)
			.maxConnections(1)
			.retry(RetrySettings.never())
			.observationRegistry(ObservationRegistry.NOOP)
			.build();
	}

	private TokensApiBuilder builder(IonosCredentialsProvider credentialsProvider) {
		TokensApiBuilder builder = TokensApi.builder().credentialsProvider(credentialsProvider);
		applyUnchecked("ionos.registry.api-url", "IONOS_API_URL or the IONOS config file's endpoint",
				() -> builder.apiUrl(this.connectionDetails.getApiUrl()));
		Long contractNumber = this.connectionDetails.getContractNumber();
		if (contractNumber != null) {
			applyUnchecked("ionos.registry.contract-number", "IONOS_CONTRACT_NUMBER",
					() -> builder.contractNumber(contractNumber));
		}
		// The properties were checked by the same rules when they were bound (IonosRegistryPropertiesValidation).
		String userAgent = this.properties.getUserAgent();
		if (userAgent != null) {
			builder.userAgent(userAgent);
		}
		builder.connectTimeout(this.properties.getConnectTimeout())
			.readTimeout(this.properties.getReadTimeout())
			.maxConnections(this.properties.getMaxConnections())
			.attemptTimeout(this.properties.getAttemptTimeout())
			.callTimeout(this.properties.getCallTimeout())
			.maxResponseSize(this.properties.getMaxResponseSize())
			.retry(retrySettings(this.properties.getRetry()));
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = this.requestFactoryBuilder
			.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
		HttpClientSettings bootSettings = this.httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
		SslBundle sslBundle = this.connectionDetails.getSslBundle();
		HttpClientSettings clientSettings = (sslBundle != null) ? bootSettings.withSslBundle(sslBundle) : bootSettings;
		RequestFactories.configure(builder, factoryBuilder, clientSettings);
		builder.restClientBuilder(this.restClientBuilder.obtain());
		this.observationRegistry.ifAvailable(builder::observationRegistry);
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * Boot's {@link RestClient.Builder}, taken once for every client this factory makes: each is a new builder with
	 * an HTTP client of its own (on the JDK's client, a selector thread) that the clients replace with theirs; it is
	 * dropped at once, rather than kept alive by the builder until the context closes.
	 */
	private static RestClient.Builder withoutItsHttpClient(ObjectProvider<RestClient.Builder> bootBuilder) {
		return bootBuilder.getIfAvailable(RestClient::builder).requestFactory(new SimpleClientHttpRequestFactory());
	}

	private static RetrySettings retrySettings(IonosRegistryProperties.Retry retry) {
		if (!retry.isEnabled()) {
			return RetrySettings.never();
		}
		return new RetrySettings(retry.getMaxRetries(), retry.getInitialDelay(), retry.getMaxDelay(),
				retry.getMultiplier(), retry.isRetryPost());
	}

	/**
	 * Applies a setting that may come from outside the properties ({@code IONOS_API_URL}, the IONOS config file,
	 * {@code IONOS_CONTRACT_NUMBER}), so was not checked when they were bound: a malformed value fails start-up with
	 * a failure analysis naming the setting.
	 */
	private static void applyUnchecked(String name, String source, Runnable apply) {
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
