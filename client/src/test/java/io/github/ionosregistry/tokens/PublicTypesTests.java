package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's API is its two packages: public are only the types a user calls, configures or catches in
 * {@code tokens}, and the JSON shapes in {@code tokens.model}. Everything else (calls, retries, the HTTP layer,
 * deadlines, credential files, Docker configs) is in packages named {@code internal}, which the Javadoc leaves out.
 */
class PublicTypesTests {

	private static final Path CLASSES = Path.of("target/classes");

	@Test
	void everyClassIsInTheApiOrAnInternalPackage() throws IOException {
		assertThat(types()).isNotEmpty()
			.allSatisfy((type) -> assertThat(type.getPackageName()).matches(
					"io\\.github\\.ionosregistry\\.tokens(\\.model|\\.internal(\\.[a-z0-9]+)*)?"));
	}

	@Test
	void publicTypesOfTheClientAreWhatAUserCallsConfiguresOrCatches() throws IOException {
		assertThat(publicTypes().stream()
			.filter((type) -> type.getPackageName().equals("io.github.ionosregistry.tokens"))
			.map(Class::getSimpleName)).containsExactlyInAnyOrder("TokensApi", "TokensApiBuilder", "RegistryTokens",
					"TokensQuery", "RetrySettings", "HttpClientOptions", "HttpClientLibrary", "RegistriesApi", "DockerCredentials", "DockerConfigUpdate", "TokenRotation", "RotationPolicy",
					"SupersededToken", "CredentialHolder", "CredentialDelivery", "HeldCredential", "IonosCredentials", "Token",
					"UsernamePassword", "IonosCredentialsProvider", "IonosRegistryException", "IonosApiException",
					"IonosCommunicationException");
	}

	@Test
	void publicTypesOfTheModelAreRecordsAndEnums() throws IOException {
		assertThat(publicTypes().stream()
			.filter((type) -> type.getPackageName().equals("io.github.ionosregistry.tokens.model")))
			.allSatisfy((type) -> assertThat(type.isRecord() || type.isEnum() || type.isSealed()).as(type.getName())
				.isTrue());
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
