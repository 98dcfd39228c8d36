package io.github.ionosregistry.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code ionos.registry.registry-id} is set to a value (an empty value counts as unset).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(ConditionalOnRegistryId.OnRegistryIdCondition.class)
@interface ConditionalOnRegistryId {

	/** The condition behind {@link ConditionalOnRegistryId}. */
	class OnRegistryIdCondition extends SpringBootCondition {

		private static final String PROPERTY = "ionos.registry.registry-id";

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY))
					? ConditionOutcome.match(PROPERTY + " is set") : ConditionOutcome.noMatch(PROPERTY + " is not set");
		}

	}

}
