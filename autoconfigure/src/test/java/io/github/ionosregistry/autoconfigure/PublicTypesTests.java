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
 * Public types exist only where a user needs them: the client in {@code tokens}, the JSON records in
 * {@code tokens.model}, and in {@code autoconfigure} only the Boot wiring an application configures or refers to.
 */
class PublicTypesTests {

	private static final Path CLASSES = Path.of("target/classes");

	@Test
	void publicTypesAreTheClientTheRecordsAndTheBootWiring() throws IOException {
		assertThat(publicTypes()).allSatisfy((type) -> assertThat(type.getPackageName()).isIn(
				"io.github.ionosregistry.tokens", "io.github.ionosregistry.tokens.model",
				"io.github.ionosregistry.autoconfigure"));
		assertThat(publicTypes().stream()
			.filter((type) -> type.getPackageName().equals("io.github.ionosregistry.autoconfigure"))
			.map(Class::getSimpleName)).containsExactlyInAnyOrder("IonosRegistryAutoConfiguration",
					"IonosRegistryHealthContributorAutoConfiguration", "IonosRegistrySanitizingAutoConfiguration",
					"IonosRegistryProperties", "Retry", "Health", "IonosRegistryRestClientCustomizer",
					"IonosRegistryConnectionDetails",
					"MissingIonosCredentialsException");
	}

	private static List<Class<?>> publicTypes() throws IOException {
		try (Stream<Path> files = Files.walk(CLASSES)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.'))
				.map(PublicTypesTests::load)
				.filter((type) -> Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass())
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
