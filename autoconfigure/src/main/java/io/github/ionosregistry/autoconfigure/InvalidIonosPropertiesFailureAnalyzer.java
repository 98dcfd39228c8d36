package io.github.ionosregistry.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains a start-up that failed on invalid {@code ionos.registry.*} values: each key in its canonical form, its
 * value (never a secret's, nor credentials in a URL), where it was set, and what is wrong with it. Comes before
 * Spring Boot's own analysis of such failures.
 */
class InvalidIonosPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException>
		implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
		if (!cause.getValidationErrors().getName().toString().equals(IonosRegistryPropertyNames.PREFIX)) {
			return null;
		}
		String problems = cause.getValidationErrors()
			.getAllErrors()
			.stream()
			.map(InvalidIonosPropertiesFailureAnalyzer::describe)
			.collect(Collectors.joining("\n"));
		return new FailureAnalysis("Invalid IONOS Container Registry settings:\n" + problems,
				"Correct the value of each property above, or remove it for its default. Every ionos.registry.* "
						+ "property, with its default, is in your IDE's completion and at "
						+ IonosRegistryPropertyNames.REFERENCE + ".",
				cause);
	}

	private static String describe(ObjectError error) {
		if (!(error instanceof FieldError field)) {
			return "    " + error.getDefaultMessage();
		}
		String key = IonosRegistryPropertyNames.canonical(field.getField());
		Origin origin = Origin.from(field);
		return "    " + key + " = " + shown(key, field.getRejectedValue())
				+ ((origin != null) ? " (from " + origin + ")" : "") + ": " + field.getDefaultMessage();
	}

	private static String shown(String key, @Nullable Object value) {
		if (IonosRegistryPropertyNames.SECRETS.contains(key)) {
			return "******";
		}
		String text = (value instanceof Duration duration) ? DurationStyle.SIMPLE.print(duration,
				(duration.getNano() == 0) ? ChronoUnit.SECONDS : ChronoUnit.MILLIS)
				: String.valueOf(value);
		boolean holdsCredentials = text.contains("@") || text.equals(IonosRegistryPropertiesValidation.CREDENTIALS_NOT_SHOWN);
		return holdsCredentials ? IonosRegistryPropertiesValidation.CREDENTIALS_NOT_SHOWN : "'" + text + "'";
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
