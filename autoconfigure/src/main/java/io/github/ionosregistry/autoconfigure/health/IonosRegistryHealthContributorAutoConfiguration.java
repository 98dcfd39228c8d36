package io.github.ionosregistry.autoconfigure.health;

import java.time.Clock;
import java.util.Objects;

import io.github.ionosregistry.autoconfigure.ConditionalOnRegistryId;
import io.github.ionosregistry.autoconfigure.IonosRegistryAutoConfiguration;
import io.github.ionosregistry.autoconfigure.IonosRegistryClientFactory;
import io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails;
import io.github.ionosregistry.autoconfigure.IonosRegistryProperties;
import io.github.ionosregistry.autoconfigure.rotation.IonosRegistryRotationAutoConfiguration;
import io.github.ionosregistry.autoconfigure.rotation.ScheduledCredentialHolders;
import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The actuator health contributors: {@code ionosRegistry} reads one token of {@code ionos.registry.registry-id}
 * through the client the application uses (off with {@code management.health.ionos-registry.enabled=false}); with
 * scheduled rotations, {@code ionosRegistryRotation} says whether this replica holds a valid credential of each base
 * name (off with {@code management.health.ionos-registry-rotation.enabled=false}). Neither is added to the readiness
 * group: an outage of the IONOS API should not take the application out of its load balancer; add
 * {@code ionosRegistryRotation} to it where the application needs its credential to serve.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { IonosRegistryAutoConfiguration.class, IonosRegistryRotationAutoConfiguration.class })
@ConditionalOnClass(HealthIndicator.class)
public final class IonosRegistryHealthContributorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(IonosRegistryClientFactory.class)
	@ConditionalOnRegistryId
	@ConditionalOnEnabledHealthIndicator("ionos-registry")
	static class RegistryHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "ionosRegistryHealthIndicator")
		HealthIndicator ionosRegistryHealthIndicator(IonosRegistryClientFactory clientFactory,
				ObjectProvider<TokensApi> tokensApi, IonosRegistryConnectionDetails connectionDetails,
				IonosRegistryProperties properties) {
			return new IonosRegistryHealthIndicator(new HealthProbeClient(clientFactory, tokensApi,
					properties.getHealth().getTimeout()), connectionDetails,
					Objects.requireNonNull(properties.getRegistryId()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ScheduledCredentialHolders.class)
	@ConditionalOnEnabledHealthIndicator("ionos-registry-rotation")
	static class RotationHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "ionosRegistryRotationHealthIndicator")
		HealthIndicator ionosRegistryRotationHealthIndicator(ScheduledCredentialHolders holders) {
			return new IonosRegistryRotationHealthIndicator(holders, Clock.systemUTC());
		}

	}

}
