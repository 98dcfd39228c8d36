package io.github.ionosregistry.autoconfigure.endpoint;

import java.time.Clock;
import java.util.Map;

import io.github.ionosregistry.autoconfigure.IonosRegistryAutoConfiguration;
import io.github.ionosregistry.autoconfigure.IonosRegistryProperties;
import io.github.ionosregistry.autoconfigure.rotation.IonosRegistryRotationAutoConfiguration;
import io.github.ionosregistry.autoconfigure.rotation.ScheduledCredentialHolders;
import io.github.ionosregistry.tokens.RegistryTokens;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The actuator endpoint {@code ionosregistry}, listing the tokens of {@code ionos.registry.registry-id} and marking
 * those that expire soon. Available when Actuator is there and the endpoint is exposed
 * ({@code management.endpoints.web.exposure.include=ionosregistry}); read-only.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { IonosRegistryAutoConfiguration.class, IonosRegistryRotationAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(RegistryTokens.class)
@ConditionalOnAvailableEndpoint(IonosRegistryEndpoint.class)
public final class IonosRegistryEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	IonosRegistryEndpoint ionosRegistryEndpoint(RegistryTokens registryTokens, IonosRegistryProperties properties,
			ObjectProvider<ScheduledCredentialHolders> holders) {
		ScheduledCredentialHolders rotations = holders.getIfAvailable();
		return new IonosRegistryEndpoint(registryTokens, properties.getTokenExpiryWarning(), Clock.systemUTC(),
				(rotations != null) ? rotations::census : (tokens) -> Map.of());
	}

}
