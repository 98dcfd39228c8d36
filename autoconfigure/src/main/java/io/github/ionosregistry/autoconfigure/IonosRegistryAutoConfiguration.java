package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.tokens.RestClientTokensApi;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TransientFailureRetryInterceptor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of a {@link TokensApi} for the IONOS Cloud Container Registry. It builds on Boot's
 * {@link RestClient.Builder}, so {@code RestClientCustomizer}s, observations and message converters apply, and on
 * Boot's HTTP client settings (SSL bundle, factory choice), with this client's time-outs and no redirects.
 * {@link IonosRegistryRestClientCustomizer}s apply last.
 */
@AutoConfiguration(after = { HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
		RestClientAutoConfiguration.class })
@ConditionalOnClass({ RestClient.class, ClientHttpRequestFactoryBuilder.class })
@ConditionalOnBooleanProperty(name = "ionos.registry.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IonosRegistryProperties.class)
public final class IonosRegistryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TokensApi tokensApi(IonosRegistryProperties properties, Environment environment,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<IonosRegistryRestClientCustomizer> customizers) {
		IonosRegistrySettings settings = IonosRegistrySettings.resolve(properties, environment);
		WireLogWarning.warnIfTrafficIsDumped();
		HttpClientSettings clientSettings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(settings.connectTimeout(), settings.readTimeout())
			// Credentials must never follow a redirect to another host.
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		RestClient.Builder builder = restClientBuilder.getIfAvailable(RestClient::builder)
			.requestFactory(new LazyRequestFactory(() -> RequestFactories.build(
					requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect), clientSettings,
					settings.apiUrl())))
			.baseUrl(settings.apiUrl().toString())
			.defaultHeaders((headers) -> {
				settings.credentials().applyTo(headers);
				headers.set(HttpHeaders.USER_AGENT, settings.userAgent());
			});
		if (settings.retry() != null) {
			builder.requestInterceptor(new TransientFailureRetryInterceptor(settings.retry()));
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return new RestClientTokensApi(builder.build(), settings.apiUrl());
	}

}
