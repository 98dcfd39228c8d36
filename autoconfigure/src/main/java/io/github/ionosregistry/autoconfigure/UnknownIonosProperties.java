package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.autoconfigure.connection.InvalidIonosConfigurationException;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Finds {@code ionos.registry.*} keys the starter does not know, such as a misspelled {@code ionos.registry.tokne},
 * so that start-up fails naming them rather than ignoring them. Like Spring Boot's own check of unknown fields, it
 * reads the application's configuration (files, command line, test properties) and not the environment variables
 * or JVM system properties, which hold the whole machine's settings. Unlike it, a known key with an empty value is
 * fine.
 */
final class UnknownIonosProperties {

	private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName
		.of(IonosRegistryPropertyNames.PREFIX);

	private UnknownIonosProperties() {
	}

	/**
	 * Fails if the configuration holds an unknown key under {@code ionos.registry}.
	 * @param environment the application's environment
	 * @param names the known names
	 * @throws InvalidIonosConfigurationException naming each unknown key, where it was set and the known key
	 * nearest to it; never its value
	 */
	static void check(Environment environment, IonosRegistryPropertyNames names) {
		List<ConfigurationProperty> unknown = StreamSupport
			.stream(ConfigurationPropertySources.get(environment).spliterator(), false)
			.filter(UnknownIonosProperties::isApplicationConfiguration)
			.filter(IterableConfigurationPropertySource.class::isInstance)
			.map(IterableConfigurationPropertySource.class::cast)
			.flatMap((source) -> source.stream()
				.filter(PREFIX::isAncestorOf)
				.filter((name) -> !names.isKnown(name))
				.map(source::getConfigurationProperty))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		if (!unknown.isEmpty()) {
			throw new InvalidIonosConfigurationException("Unknown IONOS Container Registry settings (the starter "
					+ "ignores none, so that a misspelled key cannot go unnoticed):\n"
					+ unknown.stream().map((property) -> describe(property, names)).collect(Collectors.joining("\n")),
					"Correct each key above (its nearest known key is given where one is near), or remove it. Every "
							+ "ionos.registry.* property is in your IDE's completion and at "
							+ IonosRegistryPropertyNames.REFERENCE + ".");
		}
	}

	private static boolean isApplicationConfiguration(ConfigurationPropertySource source) {
		Object underlying = source.getUnderlyingSource();
		if (!(underlying instanceof PropertySource<?> propertySource)) {
			return true;
		}
		return !(propertySource instanceof SystemEnvironmentPropertySource)
				&& !StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(propertySource.getName());
	}

	private static String describe(ConfigurationProperty property, IonosRegistryPropertyNames names) {
		String name = property.getName().toString();
		String nearest = names.nearest(name);
		return "    " + name + ((property.getOrigin() != null) ? " (from " + property.getOrigin() + ")" : "")
				+ ((nearest != null) ? ": did you mean " + nearest + "?" : ": no such property");
	}

}
