package io.github.ionosregistry.tokens;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The service answered a call with a status other than 2xx. Holds the status, the messages of its
 * {@code ApiErrorResponse} body, or the start of the body when it was not one.
 */
public class IonosApiException extends IonosRegistryException {

	private final int statusCode;

	private final List<ApiErrorMessage> messages;

	private final @Nullable String responseBody;

	public IonosApiException(HttpMethod method, URI uri, int statusCode, List<ApiErrorMessage> messages,
			@Nullable String responseBody) {
		super(buildMessage(method, uri, statusCode, messages, responseBody), method, withoutUserInfo(uri), null);
		this.statusCode = statusCode;
		this.messages = List.copyOf(messages);
		this.responseBody = responseBody;
	}

	private static String buildMessage(HttpMethod method, URI uri, int statusCode, List<ApiErrorMessage> messages,
			@Nullable String responseBody) {
		StringBuilder message = new StringBuilder(describe(method, uri)).append(" answered ").append(statusCode);
		HttpStatus status = HttpStatus.resolve(statusCode);
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

	/** The HTTP status code of the answer. */
	public int getStatusCode() {
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

	public boolean isBadRequest() {
		return this.statusCode == 400;
	}

	public boolean isUnauthorized() {
		return this.statusCode == 401;
	}

	public boolean isForbidden() {
		return this.statusCode == 403;
	}

	public boolean isNotFound() {
		return this.statusCode == 404;
	}

	public boolean isConflict() {
		return this.statusCode == 409;
	}

	public boolean isTooManyRequests() {
		return this.statusCode == 429;
	}

	public boolean isServerError() {
		return this.statusCode >= 500 && this.statusCode <= 599;
	}

}
