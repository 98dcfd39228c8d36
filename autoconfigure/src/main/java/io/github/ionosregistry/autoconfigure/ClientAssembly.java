package io.github.ionosregistry.autoconfigure;

import java.time.Duration;

import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Builds the clients from the connection details, the {@code ionos.registry.*} properties, Boot's HTTP client set-up
 * and the customizers, on {@link TokensApi#builder()}: what a client's first use runs, apart from the factory so that
 * start-up loads none of it.
 */
final class ClientAssembly {

	private final IonosRegistryProperties properties;

	private final IonosRegistryConnectionDetails connectionDetails;

	private final SingletonSupplier<RestClient.Builder> restClientBuilder;

	private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	private final ObjectProvider<TokensApiBuilderCustomizer> customizers;

	ClientAssembly(IonosRegistryProperties properties, IonosRegistryConnectionDetails connectionDetails,
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

	TokensApi tokensApi(IonosCredentialsProvider credentialsProvider) {
		return builder(credentialsProvider).build();
	}

	RegistriesApi registriesApi(IonosCredentialsProvider credentialsProvider) {
		return builder(credentialsProvider).buildRegistriesApi();
	}

	/**
	 * The health check's tokens API: the application's settings with a time-out of its own, a single attempt, one
	 * connection, and no observations, so that probes do not count as the application's requests.
	 */
	TokensApi probe(Duration timeout) {
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
		IonosRegistryClientFactory.applyUnchecked("ionos.registry.api-url", "IONOS_API_URL or the IONOS config file's endpoint",
				() -> builder.apiUrl(this.connectionDetails.getApiUrl()));
		Long contractNumber = this.connectionDetails.getContractNumber();
		if (contractNumber != null) {
			IonosRegistryClientFactory.applyUnchecked("ionos.registry.contract-number", "IONOS_CONTRACT_NUMBER",
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

}
