package io.github.ionosregistry.autoconfigure;

import java.util.Objects;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The actuator health contributor {@code ionosRegistry}: reads one token of {@code ionos.registry.registry-id}
 * through the client the application uses. Off with {@code management.health.ionos-registry.enabled=false}. It is
 * not added to the readiness group: an outage of the IONOS API should not take the application out of its load
 * balancer.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = IonosRegistryAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(IonosRegistryClientFactory.class)
@ConditionalOnRegistryId
@ConditionalOnEnabledHealthIndicator("ionos-registry")
public final class IonosRegistryHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "ionosRegistryHealthIndicator")
	HealthIndicator ionosRegistryHealthIndicator(IonosRegistryClientFactory clientFactory,
			ObjectProvider<TokensApi> tokensApi, IonosRegistryConnectionDetails connectionDetails,
			IonosRegistryProperties properties, ObjectProvider<ScheduledTokenRotations> rotations) {
		return new IonosRegistryHealthIndicator(new HealthProbeClient(clientFactory, tokensApi,
				properties.getHealth().getTimeout()), connectionDetails,
				Objects.requireNonNull(properties.getRegistryId()), rotations);
	}

}
