package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
				.matches("io\\.github\\.ionosregistry\\.autoconfigure(\\.(rotation|health|endpoint))?"));
	}

	@Test
	void publicTypesAreWhatAnApplicationConfiguresOrRefersTo() throws IOException {
		assertThat(publicTypes().stream().map(Class::getSimpleName)).containsExactlyInAnyOrder("IonosRegistryAutoConfiguration",
					"IonosRegistryHealthContributorAutoConfiguration", "IonosRegistrySanitizingAutoConfiguration",
					"IonosRegistryEndpointAutoConfiguration", "IonosRegistryEndpoint", "RegistryTokensDescriptor",
					"TokenDescriptor",
					"IonosRegistryProperties", "Retry", "Health", "Rotation", "TokensApiBuilderCustomizer",
					"IonosRegistryRotationAutoConfiguration", "TokenRotatedEvent", "ScheduledCredentialHolders",
					"HolderState", "IonosRegistryClientFactory", "JwtExpiry", "ConditionalOnRegistryId", "RotationScopes",
					"IonosRegistryConnectionDetails",
					"MissingIonosCredentialsException");
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
