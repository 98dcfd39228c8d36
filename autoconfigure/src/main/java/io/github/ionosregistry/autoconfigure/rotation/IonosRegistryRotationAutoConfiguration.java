package io.github.ionosregistry.autoconfigure.rotation;

import java.time.Clock;

import io.github.ionosregistry.autoconfigure.IonosRegistryAutoConfiguration;
import io.github.ionosregistry.autoconfigure.connection.InvalidIonosConfigurationException;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokensApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Auto-configuration of scheduled token rotation, when {@code ionos.registry.rotation.<base-name>.*} is set: this
 * replica's own generation of tokens of each base name, kept current on the application's {@link TaskScheduler} (or,
 * when the application has none, on one thread of the rotations' own, named {@code ionos-registry-rotation-}, built
 * by Boot's {@link ThreadPoolTaskSchedulerBuilder} so that {@code spring.task.scheduling.*} applies), each new token
 * handed on in a {@link TokenRotatedEvent}, with gauges of the credential's expiry and of when its successor is due and of the base
 * name's live tokens when Micrometer is there. Nothing of this is there without the properties; with them and no
 * {@code ionos.registry.registry-id}, start-up fails saying so.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { IonosRegistryAutoConfiguration.class, TaskSchedulingAutoConfiguration.class })
@ConditionalOnClass(TokensApi.class)
@ConditionalOnBooleanProperty(name = "ionos.registry.enabled", matchIfMissing = true)
@Conditional(OnTokenRotationCondition.class)
@EnableConfigurationProperties(IonosRegistryRotationProperties.class)
public final class IonosRegistryRotationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ScheduledCredentialHolders ionosRegistryCredentialHolders(ObjectProvider<RegistryTokens> registryTokens,
			IonosRegistryRotationProperties properties, ObjectProvider<TaskScheduler> applicationScheduler,
			ObjectProvider<ThreadPoolTaskSchedulerBuilder> schedulerBuilder, ApplicationEventPublisher events,
			ObjectProvider<ObservationRegistry> observations) {
		RegistryTokens tokens = registryTokens.getIfAvailable();
		if (tokens == null) {
			throw new InvalidIonosConfigurationException("ionos.registry.rotation."
					+ String.join(", ionos.registry.rotation.", properties.getRotation().keySet())
					+ " needs ionos.registry.registry-id: the registry whose tokens are rotated",
					"Set ionos.registry.registry-id to the id of the registry whose tokens the replicas hold.");
		}
		TaskScheduler scheduler = applicationScheduler.getIfUnique();
		ThreadPoolTaskScheduler own = null;
		if (scheduler == null) {
			own = schedulerBuilder.getIfAvailable(ThreadPoolTaskSchedulerBuilder::new)
				.poolSize(1)
				.threadNamePrefix("ionos-registry-rotation-")
				.build();
			own.initialize();
		}
		return new ScheduledCredentialHolders(tokens, properties.getRotation(), scheduler, own, events,
				observations.getIfAvailable(() -> ObservationRegistry.NOOP), Clock.systemUTC());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class RotationMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "ionosRegistryRotationMetrics")
		MeterBinder ionosRegistryRotationMetrics(ScheduledCredentialHolders holders) {
			return new RotationMetrics(holders, Clock.systemUTC());
		}

	}

}
