package io.github.ionosregistry.autoconfigure.rotation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.internal.Durations;
import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.internal.SettingRules;
import io.github.ionosregistry.tokens.internal.rotation.Lease;
import io.github.ionosregistry.tokens.internal.rotation.Lifetime;
import io.github.ionosregistry.tokens.internal.rotation.RotationNames;
import io.github.ionosregistry.tokens.model.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * Checks one base name's rotation by the client's rules, each value on its own, in the words of its properties.
 */
final class RotationPropertiesValidation {

	private RotationPropertiesValidation() {
	}

	static void validate(String baseName, IonosRegistryRotationProperties.Rotation rotation, Errors errors) {
		String path = "rotation[" + baseName + "]";
		if (!RotationNames.isBaseName(baseName)) {
			errors.rejectValue(path + ".rotateAfter", "name", RotationNames.baseNameRule(baseName));
		}
		Duration rotateAfter = rotation.getRotateAfter();
		if (rotateAfter == null) {
			errors.rejectValue(path + ".rotateAfter", "required",
					"must be set: a token's age at which its successor is made, such as 30d");
		}
		boolean durations = positive(errors, path + ".rotateAfter", rotateAfter);
		if (!SettingRules.isZeroOrMore(rotation.getRetireAfter())) {
			errors.rejectValue(path + ".retireAfter", "range", "must be 0 or more");
			durations = false;
		}
		durations &= positive(errors, path + ".checkInterval", rotation.getCheckInterval());
		if (durations && rotateAfter != null) {
			checkLifetime(path, rotateAfter, rotation, errors);
			checkLease(path, rotation, errors);
		}
		checkScopes(path, rotation.getScopes(), errors);
		Path dockerConfig = rotation.getDockerConfig();
		if (dockerConfig != null) {
			try {
				DockerCredentials.checkDockerConfig(dockerConfig);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(path + ".dockerConfig", "file", String.valueOf(ex.getMessage()));
			}
		}
	}

	private static void checkLifetime(String path, Duration rotateAfter, IonosRegistryRotationProperties.Rotation rotation,
			Errors errors) {
		Duration lifetime = rotation.getLifetime();
		if (lifetime != null && positive(errors, path + ".lifetime", lifetime) && !Lifetime.isLongEnough(lifetime,
				rotateAfter, rotation.getRetireAfter(), rotation.getCheckInterval())) {
			errors.rejectValue(path + ".lifetime", "range", "must be at least rotate-after plus retire-after plus "
					+ "check-interval (" + Durations.format(rotateAfter.plus(rotation.getRetireAfter())
						.plus(rotation.getCheckInterval()))
					+ "): a token must live until its successor is made and its grace has passed");
		}
	}

	private static void checkLease(String path, IonosRegistryRotationProperties.Rotation rotation, Errors errors) {
		Duration lease = rotation.getLease();
		if (positive(errors, path + ".lease", lease) && !Lease.isLongEnough(lease, rotation.getCheckInterval())) {
			errors.rejectValue(path + ".lease", "range", "must be at least 61m (the service takes no expiry date "
					+ "less than an hour ahead) and 4 times check-interval ("
					+ Durations.format(rotation.getCheckInterval().multipliedBy(4))
					+ "), so that a renewal that fails has later checks to succeed before the token expires");
		}
	}

	private static void checkScopes(String path, List<String> elements, Errors errors) {
		List<String> scopes = RotationPolicies.scopes(elements);
		for (int i = 0; i < scopes.size(); i++) {
			try {
				ScopeWords.DOCUMENTED.check(Scope.parse(scopes.get(i)), "scope");
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(path + ".scopes[" + i + "]", "scope", String.valueOf(ex.getMessage()));
			}
		}
	}

	private static boolean positive(Errors errors, String field, @Nullable Duration duration) {
		if (duration != null && !SettingRules.isPositive(duration)) {
			errors.rejectValue(field, "range", "must be a positive duration, such as 10s or 500ms");
			return false;
		}
		return duration != null;
	}

}
