package io.github.ionosregistry.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts a {@link TokensEmulator} for test classes annotated with {@link AutoConfigureIonosRegistryEmulator}.
 */
class IonosRegistryEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureIonosRegistryEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureIonosRegistryEmulator.class);
		return (annotation != null) ? new IonosRegistryEmulatorContextCustomizer(annotation.requestJournal()) : null;
	}

}
