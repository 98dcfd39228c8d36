package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.emulator.TokensEmulator;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configurations a Boot application with the starter runs, for context runner tests.
 */
public final class IonosRegistryTestContexts {

	static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, HttpClientAutoConfiguration.class,
			ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
			IonosRegistryAutoConfiguration.class);

	static final String NO_CONFIG_FILE = "target/no-ionos-config-file";

	private IonosRegistryTestContexts() {
	}

	/**
	 * A context runner with those auto-configurations and more, on an emulator's API and credentials.
	 * @param emulator the emulator
	 * @param autoConfigurations the auto-configurations besides the client's
	 */
	public static ApplicationContextRunner runner(TokensEmulator emulator, Class<?>... autoConfigurations) {
		return runner().withConfiguration(AutoConfigurations.of(autoConfigurations))
			.withPropertyValues("ionos.registry.api-url=" + emulator.apiUrl(),
					"ionos.registry.token=" + emulator.credentials().token());
	}

	/**
	 * A context runner with those auto-configurations. It reads no IONOS config file, whatever the machine's
	 * {@code ~/.ionos/config} holds, unless a test names one.
	 */
	public static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withPropertyValues("ionos.registry.config-file=" + NO_CONFIG_FILE);
	}

}
