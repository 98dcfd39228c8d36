package io.github.ionosregistry.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The condition behind {@link ConditionalOnRegistryId}.
 */
class OnRegistryIdCondition extends SpringBootCondition {

	private static final String PROPERTY = "ionos.registry.registry-id";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY))
				? ConditionOutcome.match(PROPERTY + " is set") : ConditionOutcome.noMatch(PROPERTY + " is not set");
	}

}
