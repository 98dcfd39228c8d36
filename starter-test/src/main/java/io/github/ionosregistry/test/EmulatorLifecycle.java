package io.github.ionosregistry.test;

import io.github.ionosregistry.emulator.TokensEmulator;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ties a {@link TokensEmulator} to an application context: a bean named {@value #BEAN_NAME}, stopped when the
 * context closes or fails to start.
 *
 * @since 0.1.0
 */
public final class EmulatorLifecycle {

	public static final String BEAN_NAME = "ionosRegistryEmulator";

	private EmulatorLifecycle() {
	}

	/**
	 * Registers the emulator as a bean of the context, to be stopped with it.
	 * @param context the context, not yet refreshed
	 * @param emulator the running emulator
	 */
	public static void stopWithContext(ConfigurableApplicationContext context, TokensEmulator emulator) {
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, emulator::stop);
		}
	}

}
