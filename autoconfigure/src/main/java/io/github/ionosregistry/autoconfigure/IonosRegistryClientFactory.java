package io.github.ionosregistry.autoconfigure;

import java.util.function.Consumer;

import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.web.client.RestClient;

/**
 * Maps the connection details, the {@code ionos.registry.*} properties and Boot's HTTP client set-up onto
 * {@link TokensApi#builder()}: the one place where the auto-configured clients (the application's and the health
 * check's) are made.
 */
final class IonosRegistryClientFactory {

	private final IonosRegistryProperties properties;

	private final IonosRegistryConnectionDetails connectionDetails;

	private final ObjectProvider<RestClient.Builder> restClientBuilder;

	private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	private final ObjectProvider<IonosRegistryRestClientCustomizer> customizers;

	IonosRegistryClientFactory(IonosRegistryProperties properties, IonosRegistryConnectionDetails connectionDetails,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<IonosRegistryRestClientCustomizer> customizers) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.restClientBuilder = restClientBuilder;
		this.requestFactoryBuilder = requestFactoryBuilder;
		this.httpClientSettings = httpClientSettings;
		this.observationRegistry = observationRegistry;
		this.customizers = customizers;
	}

	/**
	 * Builds a client from the properties.
	 * @param adjustments changes to make after the properties are applied
	 * @return the client
	 * @throws IllegalArgumentException naming the property whose value is malformed
	 */
	TokensApi create(Consumer<TokensApiBuilder> adjustments) {
		TokensApiBuilder builder = TokensApi.builder()
			.credentialsProvider(this.connectionDetails.getCredentialsProvider());
		set("ionos.registry.api-url: ", () -> builder.apiUrl(this.connectionDetails.getApiUrl()));
		Long contractNumber = this.connectionDetails.getContractNumber();
		if (contractNumber != null) {
			set("ionos.registry.contract-number: ", () -> builder.contractNumber(contractNumber));
		}
		String userAgent = this.properties.getUserAgent();
		if (userAgent != null) {
			set("ionos.registry.user-agent: ", () -> builder.userAgent(userAgent));
		}
		set("ionos.registry.connect-timeout: ", () -> builder.connectTimeout(this.properties.getConnectTimeout()));
		set("ionos.registry.read-timeout: ", () -> builder.readTimeout(this.properties.getReadTimeout()));
		set("ionos.registry.max-connections: ", () -> builder.maxConnections(this.properties.getMaxConnections()));
		set("ionos.registry.attempt-timeout: ", () -> builder.attemptTimeout(this.properties.getAttemptTimeout()));
		set("ionos.registry.call-timeout: ", () -> builder.callTimeout(this.properties.getCallTimeout()));
		set("ionos.registry.max-response-size: ",
				() -> builder.maxResponseSize(this.properties.getMaxResponseSize()));
		set("ionos.registry.retry.", () -> builder.retry(retrySettings(this.properties.getRetry())));
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = this.requestFactoryBuilder
			.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
		HttpClientSettings bootSettings = this.httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
		SslBundle sslBundle = this.connectionDetails.getSslBundle();
		HttpClientSettings clientSettings = (sslBundle != null) ? bootSettings.withSslBundle(sslBundle) : bootSettings;
		RequestFactories.configure(builder, factoryBuilder, clientSettings);
		builder.restClientBuilder(this.restClientBuilder.getIfAvailable(RestClient::builder));
		this.observationRegistry.ifAvailable(builder::observationRegistry);
		this.customizers.orderedStream().forEach((customizer) -> builder.customizeRestClient(customizer::customize));
		adjustments.accept(builder);
		return builder.build();
	}

	private static RetrySettings retrySettings(IonosRegistryProperties.Retry retry) {
		if (!retry.isEnabled()) {
			return RetrySettings.never();
		}
		return new RetrySettings(retry.getMaxRetries(), retry.getInitialDelay(), retry.getMaxDelay(),
				retry.getMultiplier(), retry.isRetryPost());
	}

	/** Applies one setting; a malformed value is reported with the property it came from. */
	private static void set(String property, Runnable setting) {
		try {
			setting.run();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property + ex.getMessage(), ex);
		}
	}

}
