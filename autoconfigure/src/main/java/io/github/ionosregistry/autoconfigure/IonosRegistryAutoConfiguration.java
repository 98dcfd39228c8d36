package io.github.ionosregistry.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.autoconfigure.connection.IonosConnectionResolver;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokensApi;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of a {@link TokensApi} and a {@link RegistriesApi} for the IONOS Cloud Container Registry, and
 * of {@link RegistryTokens} for {@code ionos.registry.registry-id}. The clients start from a copy of Boot's
 * {@link RestClient.Builder}, so {@code RestClientCustomizer}s, observations and message converters apply without
 * anything of the client reaching the application's builder, and on Boot's HTTP client settings (SSL bundle, factory
 * choice) with this client's time-outs, connection limit and no redirects. {@link TokensApiBuilderCustomizer}s apply
 * last. The clients' HTTP connections are closed with the application context.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
		RestClientAutoConfiguration.class })
@ConditionalOnClass({ TokensApi.class, RestClient.class, ClientHttpRequestFactoryBuilder.class })
@ConditionalOnBooleanProperty(name = "ionos.registry.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IonosRegistryProperties.class)
public final class IonosRegistryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(IonosRegistryConnectionDetails.class)
	PropertiesIonosRegistryConnectionDetails ionosRegistryConnectionDetails(IonosRegistryProperties properties,
			Environment environment, ResourceLoader resourceLoader,
			ObjectProvider<IonosCredentialsProvider> credentialsProvider) {
		return new PropertiesIonosRegistryConnectionDetails(
				new IonosConnectionResolver(properties.connectionSettings(), environment, Clock.systemUTC(), resourceLoader.getClassLoader()),
				credentialsProvider.getIfUnique());
	}

	@Bean
	IonosRegistryClientFactory ionosRegistryClientFactory(Environment environment, ConfigurableListableBeanFactory beanFactory,
			IonosRegistryProperties properties,
			IonosRegistryConnectionDetails connectionDetails, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<TokensApiBuilderCustomizer> customizers) {
		UnknownIonosProperties.check(environment, IonosRegistryPropertyNames.of(propertyClasses(beanFactory)));
		return new IonosRegistryClientFactory(connectionDetails, new ClientAssembly(properties, connectionDetails,
				restClientBuilder, requestFactoryBuilder, httpClientSettings, observationRegistry, customizers));
	}

	/**
	 * The classes bound to {@code ionos.registry}: this one's, and those of the concerns configured, found by the
	 * names Spring Boot gives the beans of {@code @EnableConfigurationProperties} ({@code <prefix>-<class name>}).
	 */
	private static List<Class<?>> propertyClasses(ConfigurableListableBeanFactory beanFactory) {
		List<Class<?>> classes = new ArrayList<>(List.of(IonosRegistryProperties.class));
		for (String name : beanFactory.getBeanDefinitionNames()) {
			Class<?> type = name.startsWith(IonosRegistryPropertyNames.PREFIX + "-") ? beanFactory.getType(name, false)
					: null;
			if (type != null && !classes.contains(type)) {
				classes.add(type);
			}
		}
		return classes;
	}

	@Bean
	@ConditionalOnMissingBean
	TokensApi tokensApi(IonosRegistryClientFactory clientFactory, ConfigurableListableBeanFactory beanFactory,
			Environment environment, ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder) {
		return clientFactory.createTokensApi(new ClientBuildWarnings(beanFactory, environment, requestFactoryBuilder));
	}

	@Bean
	@ConditionalOnMissingBean
	RegistriesApi registriesApi(IonosRegistryClientFactory clientFactory) {
		return clientFactory.createRegistriesApi();
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "ionos.registry.warm-up", matchIfMissing = true)
	IonosRegistryWarmUp ionosRegistryWarmUp(ObjectProvider<TokensApi> tokensApi) {
		return new IonosRegistryWarmUp(tokensApi);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnRegistryId
	RegistryTokens registryTokens(TokensApi tokensApi, RegistriesApi registriesApi,
			IonosRegistryProperties properties) {
		UUID registryId = properties.getRegistryId();
		Assert.state(registryId != null, "ionos.registry.registry-id is not set");
		return RegistryTokens.of(tokensApi, registriesApi, registryId);
	}

}
