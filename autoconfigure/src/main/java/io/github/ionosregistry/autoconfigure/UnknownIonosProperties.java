package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.autoconfigure.connection.InvalidIonosConfigurationException;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

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
		Set<ConfigurationProperty> unknown = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (isApplicationConfiguration(source) && source instanceof IterableConfigurationPropertySource iterable) {
				for (ConfigurationPropertyName name : iterable) {
					ConfigurationProperty property = (PREFIX.isAncestorOf(name) && !names.isKnown(name))
							? iterable.getConfigurationProperty(name) : null;
					if (property != null) {
						unknown.add(property);
					}
				}
			}
		}
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
