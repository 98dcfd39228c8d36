package io.github.ionosregistry.autoconfigure.rotation;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a rotation is configured: some {@code ionos.registry.rotation.<base-name>.*} property is set.
 * Its values are read as text, so that a bad one is reported by the properties' validation, not here.
 */
class OnTokenRotationCondition extends SpringBootCondition {

	static final String PREFIX = "ionos.registry.rotation";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean configured = Binder.get(context.getEnvironment())
			.bind(PREFIX, Bindable.mapOf(String.class, String.class))
			.map((properties) -> !properties.isEmpty())
			.orElse(false);
		return configured ? ConditionOutcome.match(PREFIX + ".* is set")
				: ConditionOutcome.noMatch("no " + PREFIX + ".* property is set");
	}

}
