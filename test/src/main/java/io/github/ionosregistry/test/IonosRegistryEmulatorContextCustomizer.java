package io.github.ionosregistry.test;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link TokensEmulator} with the application context, registers it as a bean, points the
 * {@code ionos.registry.*} properties at it, and stops it when the context closes.
 */
class IonosRegistryEmulatorContextCustomizer implements ContextCustomizer {

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		TokensEmulator emulator = TokensEmulator.start();
		EmulatorLifecycle.stopWithContext(context, emulator);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(EmulatorLifecycle.BEAN_NAME,
					Map.of("ionos.registry.api-url", emulator.apiUrl(), "ionos.registry.token",
							EmulatorCredentials.DEFAULT_TOKEN, "ionos.registry.registry-id",
							TokensEmulator.DEFAULT_REGISTRY_ID.toString())));
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
