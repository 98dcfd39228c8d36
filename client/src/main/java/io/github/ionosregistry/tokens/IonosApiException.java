package io.github.ionosregistry.tokens;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.github.ionosregistry.tokens.model.ApiErrorMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The service answered a call with a status other than 2xx. Holds the status, the messages of its
 * {@code ApiErrorResponse} body, or the start of the body when it was not one.
 *
 * @since 0.1.0
 */
public class IonosApiException extends IonosRegistryException {

	private final HttpStatusCode statusCode;

	private final List<ApiErrorMessage> messages;

	private final @Nullable String responseBody;

	private final @Nullable Duration retryAfter;

	public IonosApiException(HttpMethod method, URI uri, HttpStatusCode statusCode, List<ApiErrorMessage> messages,
			@Nullable String responseBody) {
		this(method, uri, statusCode, messages, responseBody, null);
	}

	/**
	 * An error answer.
	 * @param method the method of the call
	 * @param uri the URI of the call
	 * @param statusCode the HTTP status of the answer
	 * @param messages the messages of its {@code ApiErrorResponse} body
	 * @param responseBody the start of its body when it was not an {@code ApiErrorResponse}
	 * @param retryAfter the wait its {@code Retry-After} header asked for, or {@code null}
	 */
	public IonosApiException(HttpMethod method, URI uri, HttpStatusCode statusCode, List<ApiErrorMessage> messages,
			@Nullable String responseBody, @Nullable Duration retryAfter) {
		super(buildMessage(method, uri, statusCode, messages, responseBody), method, withoutUserInfo(uri), null);
		this.statusCode = statusCode;
		this.messages = List.copyOf(messages);
		this.responseBody = responseBody;
		this.retryAfter = retryAfter;
	}

	private static String buildMessage(HttpMethod method, URI uri, HttpStatusCode statusCode,
			List<ApiErrorMessage> messages, @Nullable String responseBody) {
		StringBuilder message = new StringBuilder(describe(method, uri)).append(" answered ")
			.append(statusCode.value());
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (status != null) {
			message.append(' ').append(status.getReasonPhrase());
		}
		if (!messages.isEmpty()) {
			message.append(": ")
				.append(messages.stream().map(ApiErrorMessage::toString).collect(Collectors.joining("; ")));
		}
		else if (responseBody != null && !responseBody.isBlank()) {
			message.append(": ").append(responseBody);
		}
		return message.toString();
	}

	/**
	 * The HTTP status of the answer, as Spring's {@code RestClientResponseException} gives it.
	 * @return the status, {@code getStatusCode().value()} for the number
	 */
	public HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	/** The messages of the {@code ApiErrorResponse} body; empty when the body was not one. */
	public List<ApiErrorMessage> getMessages() {
		return this.messages;
	}

	/** The start of the body when it was not an {@code ApiErrorResponse}, else {@code null}. */
	public @Nullable String getResponseBody() {
		return this.responseBody;
	}

	/** The wait the answer's {@code Retry-After} header asked for, or {@code null} if it had none. */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	public boolean isBadRequest() {
		return this.statusCode.value() == 400;
	}

	public boolean isUnauthorized() {
		return this.statusCode.value() == 401;
	}

	public boolean isForbidden() {
		return this.statusCode.value() == 403;
	}

	public boolean isNotFound() {
		return this.statusCode.value() == 404;
	}

	public boolean isConflict() {
		return this.statusCode.value() == 409;
	}

	public boolean isTooManyRequests() {
		return this.statusCode.value() == 429;
	}

	public boolean isServerError() {
		return this.statusCode.is5xxServerError();
	}

}
