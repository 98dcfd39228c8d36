package io.github.ionosregistry.autoconfigure.rotation;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a rotation is configured: some {@code ionos.registry.rotation.<base-name>.*} property is set. It asks
 * each property source whether it holds a key under the prefix, and binds nothing: a bad value is reported by the
 * properties' validation, not here, and the check costs no conversion service at start-up.
 */
class OnTokenRotationCondition extends SpringBootCondition {

	static final String PREFIX = "ionos.registry.rotation";

	private static final ConfigurationPropertyName PREFIX_NAME = ConfigurationPropertyName.of(PREFIX);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(context.getEnvironment())) {
			if (source.containsDescendantOf(PREFIX_NAME) == ConfigurationPropertyState.PRESENT) {
				return ConditionOutcome.match(PREFIX + ".* is set");
			}
		}
		return ConditionOutcome.noMatch("no " + PREFIX + ".* property is set");
	}

}
