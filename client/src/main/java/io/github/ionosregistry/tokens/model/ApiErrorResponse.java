package io.github.ionosregistry.tokens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The body of an error answer.
 *
 * @param httpStatus the HTTP status the service reports
 * @param messages the messages, never {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiErrorResponse(@Nullable Integer httpStatus, List<ApiErrorMessage> messages) {

	public ApiErrorResponse(@Nullable Integer httpStatus, @Nullable List<ApiErrorMessage> messages) {
		this.httpStatus = httpStatus;
		this.messages = (messages != null) ? Collections.unmodifiableList(new ArrayList<>(messages)) : List.of();
	}

}
