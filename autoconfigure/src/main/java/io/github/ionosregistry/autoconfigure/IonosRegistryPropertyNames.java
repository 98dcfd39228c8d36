package io.github.ionosregistry.autoconfigure;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.ionosregistry.tokens.internal.NearestWord;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * The names of the {@code ionos.registry.*} properties, as the failure reports write them: canonical (kebab-case),
 * known from the classes bound to them, and the one nearest to a misspelled name.
 */
final class IonosRegistryPropertyNames {

	static final String PREFIX = "ionos.registry";

	/** Properties whose values are secrets: a report names them, never shows them. */
	static final Set<String> SECRETS = Set.of(PREFIX + ".token", PREFIX + ".password");

	/** Where every property is described, for users of the published jars: the project's configuration page. */
	static final String REFERENCE = "https://github.com/ionosregistry/ionos-registry-spring-boot/blob/main/docs/configuration.md";

	/** Stands for any map key in a known property name, such as {@code ionos.registry.rotation.*.rotate-after}. */
	static final String ANY = "*";

	private final List<String> known;

	private final List<List<String>> knownNames;

	private IonosRegistryPropertyNames(List<String> known) {
		this.known = known;
		List<List<String>> knownNames = new ArrayList<>(known.size());
		for (String name : known) {
			knownNames.add(List.of(name.split("\\.")));
		}
		this.knownNames = knownNames;
	}

	/**
	 * The names of the properties of the classes bound to {@value #PREFIX}: {@link IonosRegistryProperties} and those
	 * of the concerns that are configured (such as the rotations').
	 * @param types the classes
	 * @return the names
	 */
	static IonosRegistryPropertyNames of(List<Class<?>> types) {
		Set<String> known = new LinkedHashSet<>();
		for (Class<?> type : types) {
			known.addAll(known(type, type, PREFIX));
		}
		return new IonosRegistryPropertyNames(List.copyOf(known));
	}

	List<String> known() {
		return this.known;
	}

	/**
	 * The canonical name of a property from its field path.
	 * @param fieldPath such as {@code retry.maxDelay}
	 * @return such as {@code ionos.registry.retry.max-delay}
	 */
	static String canonical(String fieldPath) {
		return PREFIX + "." + kebab(fieldPath.replaceAll("\\[(?!\\d+])([^]]*)]", ".$1"));
	}

	/**
	 * The known property nearest to a name that is not one, if any is near enough to be what was meant.
	 * @param unknown the name, such as {@code ionos.registry.tokne}
	 * @return the nearest known name, such as {@code ionos.registry.token}
	 */
	@Nullable String nearest(String unknown) {
		String name = unknown.toLowerCase(Locale.ROOT);
		return this.known.stream()
			.map((known) -> withKeysOf(known, name))
			.min(Comparator.comparingInt((String known) -> NearestWord.distance(known, name)))
			.filter((known) -> NearestWord.distance(known, name) <= Math.max(2, leaf(known).length() / 3))
			.orElse(null);
	}

	/** A known name with its {@value #ANY} elements taken from the name it is compared with, where they line up. */
	private static String withKeysOf(String known, String name) {
		String[] knownElements = known.split("\\.");
		String[] elements = name.split("\\.");
		if (!known.contains(ANY) || knownElements.length != elements.length) {
			return known;
		}
		for (int i = 0; i < knownElements.length; i++) {
			if (knownElements[i].equals(ANY)) {
				knownElements[i] = elements[i];
			}
		}
		return String.join(".", knownElements);
	}

	private static String leaf(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static List<String> known(Class<?> root, Class<?> type, String prefix) {
		List<String> names = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			String name = prefix + "." + kebab(field.getName());
			if (field.getType().getEnclosingClass() == root) {
				names.addAll(known(root, field.getType(), name));
			}
			else if (field.getType() == Map.class) {
				names.addAll(known(root, mapValueType(field), name + "." + ANY));
			}
			else {
				names.add(name);
			}
		}
		return List.copyOf(names);
	}

	private static Class<?> mapValueType(Field field) {
		return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[1];
	}

	/**
	 * Whether a property name is a known one: the same elements, where a known name's {@value #ANY} stands for any
	 * one element (a map key such as a rotation's base name).
	 */
	boolean isKnown(ConfigurationPropertyName name) {
		for (List<String> known : this.knownNames) {
			if (matches(known, name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(List<String> known, ConfigurationPropertyName name) {
		if (known.size() != name.getNumberOfElements()) {
			return false;
		}
		for (int i = 0; i < known.size(); i++) {
			if (!known.get(i).equals(ANY) && !known.get(i).equals(name.getElement(i, ConfigurationPropertyName.Form.DASHED))) {
				return false;
			}
		}
		return true;
	}

	private static String kebab(String camel) {
		StringBuilder kebab = new StringBuilder();
		for (char c : camel.toCharArray()) {
			if (Character.isUpperCase(c)) {
				kebab.append('-').append(Character.toLowerCase(c));
			}
			else {
				kebab.append(c);
			}
		}
		return kebab.toString();
	}

}
