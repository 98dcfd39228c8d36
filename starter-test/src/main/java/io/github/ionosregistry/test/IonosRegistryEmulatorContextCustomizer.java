package io.github.ionosregistry.test;

import java.util.Map;

import io.github.ionosregistry.emulator.TokensEmulator;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link TokensEmulator} with the application context, registers it as a bean, contributes the
 * connection to it as {@link io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails} (which takes the
 * place of the {@code ionos.registry.*} connection properties), makes {@link TokensEmulator#DEFAULT_REGISTRY_ID}
 * the registry unless the test sets {@code ionos.registry.registry-id}, and stops the emulator when the context
 * closes.
 */
class IonosRegistryEmulatorContextCustomizer implements ContextCustomizer {

	private static final String CONNECTION_DETAILS_BEAN_NAME = "ionosRegistryEmulatorConnectionDetails";

	private final int requestJournal;

	IonosRegistryEmulatorContextCustomizer(int requestJournal) {
		this.requestJournal = requestJournal;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		TokensEmulator.Builder builder = TokensEmulator.builder();
		if (this.requestJournal > 0) {
			builder.requestJournal(this.requestJournal);
		}
		TokensEmulator emulator = builder.start();
		EmulatorLifecycle.stopWithContext(context, emulator);
		context.getBeanFactory()
			.registerSingleton(CONNECTION_DETAILS_BEAN_NAME, new EmulatorConnectionDetails(emulator));
		context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource(EmulatorLifecycle.BEAN_NAME,
					Map.of("ionos.registry.registry-id", TokensEmulator.DEFAULT_REGISTRY_ID.toString())));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IonosRegistryEmulatorContextCustomizer customizer
				&& customizer.requestJournal == this.requestJournal;
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(this.requestJournal);
	}

}
