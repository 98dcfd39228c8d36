package io.github.ionosregistry.autoconfigure;

import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the IONOS credentials in the actuator's {@code configprops} and {@code env} endpoints, also when they are
 * set to show values: {@code ionos.registry.token}, {@code ionos.registry.password}, their environment forms
 * ({@code IONOS_REGISTRY_TOKEN}, ...) and {@code IONOS_TOKEN}, {@code IONOS_PASSWORD}.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class IonosRegistrySanitizingAutoConfiguration {

	private static final Pattern CREDENTIAL_KEYS = Pattern
		.compile("(?i)^(ionos[._-]registry[._-](token|password)|ionos_(token|password))$");

	@Bean
	SanitizingFunction ionosRegistryCredentialsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(CREDENTIAL_KEYS);
	}

}
