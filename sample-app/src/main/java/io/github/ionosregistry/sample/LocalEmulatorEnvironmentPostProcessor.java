package io.github.ionosregistry.sample;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails;
import io.github.ionosregistry.autoconfigure.connection.MissingIonosCredentialsException;
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
 * When the starter finds no IONOS credentials (in the {@code ionos.registry.*} properties, the {@code IONOS_*}
 * variables or the IONOS config file), starts the Tokens API emulator in this process and points the client at it,
 * so the sample runs without an IONOS account. The emulator keeps its tokens in a state file
 * ({@code sample.local-emulator.state-file}, by default {@code ionos-registry-sample/emulator-state.json} in the
 * user's state directory, {@code $XDG_STATE_HOME} or {@code ~/.local/state}, in a folder only its owner can read),
 * so that one command sees what the one before made. {@code sample.local-emulator=false} turns this off.
 */
class LocalEmulatorEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String EMULATOR_URL_PROPERTY = "sample.local-emulator.api-url";

	static final String STATE_FILE_PROPERTY = "sample.local-emulator.state-file";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("sample.local-emulator", Boolean.class, true) || hasCredentials(environment)) {
			return;
		}
		Path stateFile = stateFile(environment);
		TokensEmulator emulator = TokensEmulator.builder().stateFile(stateFile).start();
		Map<String, Object> properties = new HashMap<>();
		properties.put("ionos.registry.api-url", emulator.apiUrl());
		properties.put("ionos.registry.token", EmulatorCredentials.DEFAULT_TOKEN);
		properties.put(EMULATOR_URL_PROPERTY, emulator.apiUrl());
		properties.put(STATE_FILE_PROPERTY, stateFile.toString());
		if (!hasText(environment, "ionos.registry.registry-id")) {
			properties.put("ionos.registry.registry-id", TokensEmulator.DEFAULT_REGISTRY_ID.toString());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("localTokensEmulator", properties));
		application.addInitializers((context) -> stopWithContext(context, emulator));
	}

	private static Path stateFile(ConfigurableEnvironment environment) {
		String configured = environment.getProperty(STATE_FILE_PROPERTY);
		if (configured != null) {
			return Path.of(configured);
		}
		String stateHome = environment.getProperty("XDG_STATE_HOME");
		Path stateDirectory = StringUtils.hasText(stateHome) ? Path.of(stateHome)
				: Path.of(System.getProperty("user.home"), ".local", "state");
		return OwnerOnlyDirectory.create(stateDirectory.resolve("ionos-registry-sample")).resolve("emulator-state.json");
	}

	/** Makes the emulator a bean of the application, stopped when the context closes. */
	private static void stopWithContext(ConfigurableApplicationContext context, TokensEmulator emulator) {
		context.getBeanFactory().registerSingleton("localTokensEmulator", emulator);
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean("localTokensEmulator", emulator::stop);
		}
	}

	/** Whether the starter finds credentials, looking where it does: properties, variables, the config file. */
	private static boolean hasCredentials(ConfigurableEnvironment environment) {
		try {
			IonosRegistryConnectionDetails.fromEnvironment(environment).getCredentialsProvider();
			return true;
		}
		catch (MissingIonosCredentialsException ex) {
			return false;
		}
	}

	private static boolean hasText(ConfigurableEnvironment environment, String property) {
		return StringUtils.hasText(environment.getProperty(property));
	}

}
