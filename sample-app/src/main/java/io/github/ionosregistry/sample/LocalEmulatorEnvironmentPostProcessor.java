package io.github.ionosregistry.sample;

import java.util.HashMap;
import java.util.Map;

import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When no IONOS credentials are configured (neither {@code ionos.registry.token} / {@code IONOS_TOKEN} nor a user
 * name and password), starts the Tokens API emulator in this process and points the client at it, so the sample
 * runs without an IONOS account. {@code sample.local-emulator=false} turns this off.
 */
class LocalEmulatorEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String EMULATOR_URL_PROPERTY = "sample.local-emulator.api-url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("sample.local-emulator", Boolean.class, true) || hasCredentials(environment)) {
			return;
		}
		TokensEmulator emulator = TokensEmulator.start();
		Map<String, Object> properties = new HashMap<>();
		properties.put("ionos.registry.api-url", emulator.apiUrl());
		properties.put("ionos.registry.token", EmulatorCredentials.DEFAULT_TOKEN);
		properties.put(EMULATOR_URL_PROPERTY, emulator.apiUrl());
		if (!hasText(environment, "ionos.registry.registry-id")) {
			properties.put("ionos.registry.registry-id", TokensEmulator.DEFAULT_REGISTRY_ID.toString());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("localTokensEmulator", properties));
		application.addInitializers((context) -> stopWithContext(context, emulator));
	}

	/** Makes the emulator a bean of the application, stopped when the context closes. */
	private static void stopWithContext(ConfigurableApplicationContext context, TokensEmulator emulator) {
		context.getBeanFactory().registerSingleton("localTokensEmulator", emulator);
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean("localTokensEmulator", emulator::stop);
		}
	}

	private static boolean hasCredentials(ConfigurableEnvironment environment) {
		return hasText(environment, "ionos.registry.token") || hasText(environment, "IONOS_TOKEN")
				|| ((hasText(environment, "ionos.registry.username") || hasText(environment, "IONOS_USERNAME"))
						&& (hasText(environment, "ionos.registry.password") || hasText(environment, "IONOS_PASSWORD")));
	}

	private static boolean hasText(ConfigurableEnvironment environment, String property) {
		return StringUtils.hasText(environment.getProperty(property));
	}

}
