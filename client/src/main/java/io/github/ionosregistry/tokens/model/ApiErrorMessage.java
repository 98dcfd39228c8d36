package io.github.ionosregistry.tokens.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One message of an error answer.
 *
 * @param errorCode the service's error code
 * @param message the human-readable message
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiErrorMessage(@Nullable String errorCode, @Nullable String message) {

	@Override
	public String toString() {
		return "[" + this.errorCode + "] " + this.message;
	}

}
