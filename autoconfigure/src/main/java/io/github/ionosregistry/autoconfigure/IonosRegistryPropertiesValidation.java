package io.github.ionosregistry.autoconfigure;

import java.time.Duration;

import io.github.ionosregistry.tokens.internal.ApiUrl;
import io.github.ionosregistry.tokens.internal.SettingRules;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Checks {@code ionos.registry.*} by the client's own rules, each value on its own, so that every bad value is
 * reported at once: the builder's checks for what the client takes, and the few rules of the Boot wiring.
 */
final class IonosRegistryPropertiesValidation {

	/** Shown in place of an API URL that holds credentials. */
	static final String CREDENTIALS_NOT_SHOWN = "(a URL holding credentials, not shown)";

	private IonosRegistryPropertiesValidation() {
	}

	static void validate(IonosRegistryProperties properties, Errors errors) {
		String apiUrl = properties.getApiUrl();
		if (apiUrl != null) {
			checkApiUrl(errors, apiUrl);
		}
		positive(errors, "connectTimeout", properties.getConnectTimeout());
		positive(errors, "readTimeout", properties.getReadTimeout());
		positive(errors, "attemptTimeout", properties.getAttemptTimeout());
		positive(errors, "callTimeout", properties.getCallTimeout());
		positive(errors, "tokenExpiryWarning", properties.getTokenExpiryWarning());
		positive(errors, "health.timeout", properties.getHealth().getTimeout());
		if (!SettingRules.isOneOrMore(properties.getMaxConnections())) {
			errors.rejectValue("maxConnections", "range", "must be 1 or more");
		}
		DataSize maxResponseSize = properties.getMaxResponseSize();
		if (!SettingRules.isMaxResponseSize(maxResponseSize)) {
			errors.rejectValue("maxResponseSize", "range", "must be " + SettingRules.MAX_RESPONSE_SIZE_RANGE);
		}
		Long contractNumber = properties.getContractNumber();
		if (contractNumber != null && !SettingRules.isOneOrMore(contractNumber)) {
			errors.rejectValue("contractNumber", "range", "must be 1 or more");
		}
		String userAgent = properties.getUserAgent();
		if (userAgent != null && !SettingRules.isUserAgent(userAgent)) {
			errors.rejectValue("userAgent", "blank", "must not be blank");
		}
		validate(properties.getRetry(), errors);
	}

	private static void validate(IonosRegistryProperties.Retry retry, Errors errors) {
		if (retry.getMaxRetries() < 0) {
			errors.rejectValue("retry.maxRetries", "range", "must be 0 or more");
		}
		boolean initialDelay = positive(errors, "retry.initialDelay", retry.getInitialDelay());
		boolean maxDelay = positive(errors, "retry.maxDelay", retry.getMaxDelay());
		if (initialDelay && maxDelay && !SettingRules.isMaxDelayOf(retry.getInitialDelay(), retry.getMaxDelay())) {
			errors.rejectValue("retry.maxDelay", "range",
					"must not be shorter than ionos.registry.retry.initial-delay (" + retry.getInitialDelay() + ")");
		}
		double multiplier = retry.getMultiplier();
		if (!SettingRules.isRetryMultiplier(multiplier)) {
			errors.rejectValue("retry.multiplier", "range", "must be a number of 1 or more");
		}
	}

	private static boolean positive(Errors errors, String field, @Nullable Duration duration) {
		if (!SettingRules.isPositive(duration)) {
			errors.rejectValue(field, "range", "must be a positive duration, such as 10s or 500ms");
			return false;
		}
		return true;
	}

	private static void checkApiUrl(Errors errors, String apiUrl) {
		try {
			ApiUrl.parse(apiUrl);
		}
		catch (IllegalArgumentException ex) {
			String message = String.valueOf(ex.getMessage());
			if (apiUrl.contains("@") && errors instanceof BindingResult result) {
				// The errors' own messages quote the rejected value: keep a password in the URL out of them.
				result.addError(new FieldError(result.getObjectName(), "apiUrl", CREDENTIALS_NOT_SHOWN, false,
						new String[] { "invalid" }, null, message));
			}
			else if (apiUrl.contains("@")) {
				errors.reject("invalid", "ionos.registry.api-url " + CREDENTIALS_NOT_SHOWN + ": " + message);
			}
			else {
				errors.rejectValue("apiUrl", "invalid", message);
			}
		}
	}

}
