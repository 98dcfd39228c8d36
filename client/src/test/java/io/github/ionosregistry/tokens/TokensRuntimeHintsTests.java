package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.model.TokenStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints a native image of an application using the client needs, registered through
 * {@code META-INF/spring/aot.factories}.
 */
class TokensRuntimeHintsTests {

	/** Every public type of the model package, found on disk rather than taken from the registrar's list. */
	static final List<Class<?>> JSON_TYPES = publicModelTypes();

	static final List<String> JSON_CODECS = TokensRuntimeHints.JSON_CODECS;

	private final RuntimeHints hints = registeredHints();

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, TokensRuntimeHintsTests.class.getClassLoader()));
		return hints;
	}

	@ParameterizedTest
	@FieldSource("JSON_TYPES")
	void everyRecordCanBeBoundByJackson(Class<?> type) {
		assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(this.hints);
		if (type.isRecord()) {
			Class<?>[] components = java.util.Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			Constructor<?> canonical = canonicalConstructor(type, components);
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(canonical)).accepts(this.hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as(type.getSimpleName() + "." + component.getName())
					.accepts(this.hints);
			}
		}
	}

	@Test
	void theStatusCanBeReadFromItsJsonValue() throws Exception {
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(TokenStatus.class.getMethod("fromValue", String.class))).accepts(this.hints);
	}

	@ParameterizedTest
	@FieldSource("JSON_CODECS")
	void everyCodecCanBeCreated(String codec) throws Exception {
		Constructor<?> constructor = Class.forName(codec).getDeclaredConstructor();
		assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(constructor)).accepts(this.hints);
	}

	@Test
	void theVersionResourceIsIncluded() {
		assertThat(RuntimeHintsPredicates.resource().forResource(TokensRuntimeHints.VERSION_RESOURCE))
			.accepts(this.hints);
		assertThat(getClass().getClassLoader().getResource(TokensRuntimeHints.VERSION_RESOURCE)).isNotNull();
	}

	private static List<Class<?>> publicModelTypes() {
		Path model = Path.of("target/classes/io/github/ionosregistry/tokens/model");
		try (Stream<Path> files = Files.list(model)) {
			List<Class<?>> types = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".class") && !name.equals("package-info.class"))
				.map((name) -> "io.github.ionosregistry.tokens.model." + name.replace(".class", ""))
				.map(TokensRuntimeHintsTests::load)
				.filter((type) -> Modifier.isPublic(type.getModifiers()))
				.toList();
			assertThat(types).hasSizeGreaterThanOrEqualTo(20);
			return types;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, TokensRuntimeHintsTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Constructor<?> canonicalConstructor(Class<?> type, Class<?>[] components) {
		try {
			return type.getDeclaredConstructor(components);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
