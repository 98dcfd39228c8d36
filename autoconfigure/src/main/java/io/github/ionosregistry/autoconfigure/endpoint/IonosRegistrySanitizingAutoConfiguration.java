package io.github.ionosregistry.autoconfigure.endpoint;

import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the IONOS credentials in the actuator's {@code configprops} and {@code env} endpoints, also when they are
 * set to show values: {@code ionos.registry.token}, {@code ionos.registry.password}, their environment forms
 * ({@code IONOS_REGISTRY_TOKEN}, ...) and {@code IONOS_TOKEN}, {@code IONOS_PASSWORD}; and the same settings given on
 * the command line ({@code --ionos.registry.password=...}, {@code -DIONOS_TOKEN=...}) inside
 * {@code sun.java.command}, which shows the whole command line.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class IonosRegistrySanitizingAutoConfiguration {

	private static final Pattern CREDENTIAL_KEYS = Pattern
		.compile("(?i)^(ionos[._-]registry[._-](token|password)|ionos_(token|password))$");

	private static final Pattern CREDENTIAL_ARGUMENTS = Pattern
		.compile("(?i)((?:--|-D)(?:ionos[._-]registry[._-](?:token|password)|ionos_(?:token|password))=)(\\S+)");

	private static final String COMMAND_LINE = "sun.java.command";

	@Bean
	SanitizingFunction ionosRegistryCredentialsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(CREDENTIAL_KEYS);
	}

	@Bean
	SanitizingFunction ionosRegistryCommandLineSanitizingFunction() {
		return (data) -> {
			if (!COMMAND_LINE.equals(data.getKey()) || !(data.getValue() instanceof String commandLine)) {
				return data;
			}
			String masked = CREDENTIAL_ARGUMENTS.matcher(commandLine).replaceAll("$1" + SanitizableData.SANITIZED_VALUE);
			return masked.equals(commandLine) ? data : data.withValue(masked);
		};
	}

}
