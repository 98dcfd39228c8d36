package io.github.ionosregistry.autoconfigure;

import java.time.Clock;

import io.github.ionosregistry.tokens.RegistryTokens;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Auto-configuration of scheduled token rotation, when {@code ionos.registry.rotation.<base-name>.*} is set: the
 * tokens of each base name rotated on the application's {@link TaskScheduler} (or, when the application has none, on
 * one thread of the rotations' own, named {@code ionos-registry-rotation-}, built by Boot's
 * {@link ThreadPoolTaskSchedulerBuilder} so that {@code spring.task.scheduling.*} applies), each successor handed on
 * in a {@link TokenRotatedEvent}. Nothing of this is there without the properties.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { IonosRegistryAutoConfiguration.class, TaskSchedulingAutoConfiguration.class })
@ConditionalOnBean(RegistryTokens.class)
@Conditional(OnTokenRotationCondition.class)
public final class IonosRegistryRotationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ScheduledTokenRotations ionosRegistryTokenRotations(RegistryTokens registryTokens,
			IonosRegistryProperties properties, ObjectProvider<TaskScheduler> applicationScheduler,
			ObjectProvider<ThreadPoolTaskSchedulerBuilder> schedulerBuilder, ApplicationEventPublisher events,
			ObjectProvider<ObservationRegistry> observations) {
		TaskScheduler scheduler = applicationScheduler.getIfUnique();
		ThreadPoolTaskScheduler own = null;
		if (scheduler == null) {
			own = schedulerBuilder.getIfAvailable(ThreadPoolTaskSchedulerBuilder::new)
				.poolSize(1)
				.threadNamePrefix("ionos-registry-rotation-")
				.build();
			own.initialize();
		}
		return new ScheduledTokenRotations(registryTokens, properties.getRotation(), scheduler, own, events,
				observations.getIfAvailable(() -> ObservationRegistry.NOOP), Clock.systemUTC());
	}

}
