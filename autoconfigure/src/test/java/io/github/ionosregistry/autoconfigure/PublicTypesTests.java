package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This module holds the Boot wiring only, in {@code autoconfigure}, and its public types are those an application
 * configures or refers to; the client's packages belong to {@code ionos-registry-client}.
 */
class PublicTypesTests {

	private static final Path CLASSES = Path.of("target/classes");

	@Test
	void everyClassIsBootWiring() throws IOException {
		assertThat(types()).isNotEmpty()
			.allSatisfy((type) -> assertThat(type.getPackageName())
				.matches("io\\.github\\.ionosregistry\\.autoconfigure(\\.(connection|rotation|health|endpoint))?"));
	}

	/** Each public type, and why an application sees it. */
	private static final Map<String, String> PUBLIC = Map.ofEntries(
			Map.entry("IonosRegistryAutoConfiguration", "auto-configuration: named to exclude or order after it"),
			Map.entry("IonosRegistryRotationAutoConfiguration", "auto-configuration, likewise"),
			Map.entry("IonosRegistryHealthContributorAutoConfiguration", "auto-configuration, likewise"),
			Map.entry("IonosRegistryEndpointAutoConfiguration", "auto-configuration, likewise"),
			Map.entry("IonosRegistrySanitizingAutoConfiguration", "auto-configuration, likewise"),
			Map.entry("IonosRegistryProperties", "the ionos.registry.* properties an application sets"),
			Map.entry("Retry", "ionos.registry.retry.*"), Map.entry("Health", "ionos.registry.health.*"),
			Map.entry("IonosRegistryRotationProperties", "the ionos.registry.rotation.* properties"),
			Map.entry("Rotation", "ionos.registry.rotation.<base-name>.*"),
			Map.entry("TokensApiBuilderCustomizer", "what an application implements to customize the client"),
			Map.entry("IonosRegistryConnectionDetails", "what test support or an application contributes instead of the properties"),
			Map.entry("MissingIonosCredentialsException", "thrown by IonosRegistryConnectionDetails.fromEnvironment"),
			Map.entry("IonosConnectionResolver", "the one place the connection is resolved, which the root's connection details read"),
			Map.entry("ResolvedCredentials", "credentials with where they came from, as the resolver gives them"),
			Map.entry("ConnectionSettings", "the settings the resolver reads, as IonosRegistryProperties gives them"),
			Map.entry("InvalidIonosConfigurationException", "what start-up fails with on a configuration it cannot use"),
			Map.entry("ConditionalOnRegistryId", "an application conditions its own beans on a registry being configured"),
			Map.entry("IonosRegistryClientFactory", "the bean an application asks for a second client with the same settings (the health probe does)"),
			Map.entry("TokenRotatedEvent", "what an application listens to, to deliver a rotated credential"),
			Map.entry("ScheduledCredentialHolders", "the bean whose states health, metrics and the endpoint show"),
			Map.entry("HolderState", "a base name's state, as ScheduledCredentialHolders gives it"),
			Map.entry("CheckOutcome", "what a check did, in HolderState and the observation's tag"),
			Map.entry("BaseNameCensus", "a base name's live tokens, in HolderState and the endpoint"),
			Map.entry("IonosRegistryEndpoint", "the actuator endpoint an application exposes"),
			Map.entry("RegistryTokensDescriptor", "what the endpoint answers"),
			Map.entry("TokenDescriptor", "a token in the endpoint's answer"));

	@Test
	void publicTypesAreWhatAnApplicationConfiguresReceivesOrRefersTo() throws IOException {
		assertThat(publicTypes().stream().map(Class::getSimpleName)).containsExactlyInAnyOrderElementsOf(PUBLIC.keySet());
	}

	private static List<Class<?>> publicTypes() throws IOException {
		return types().stream()
			.filter((type) -> Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass())
			.toList();
	}

	private static List<Class<?>> types() throws IOException {
		try (Stream<Path> files = Files.walk(CLASSES)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.'))
				.map(PublicTypesTests::load)
				.toList();
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, PublicTypesTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
