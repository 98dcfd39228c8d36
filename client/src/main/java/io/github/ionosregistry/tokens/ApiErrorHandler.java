package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.ionosregistry.tokens.model.ApiErrorResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * Turns every answer that is not 2xx into one {@link IonosApiException}. Reads at most
 * {@value #MAX_BODY_BYTES} bytes of the body: an {@code ApiErrorResponse} gives the messages; any other body (an
 * HTML page from a proxy, say) is kept, cut to {@value #MAX_KEPT_BODY_CHARS} characters.
 */
final class ApiErrorHandler implements RestClient.ResponseSpec.ErrorHandler {

	static final ApiErrorHandler INSTANCE = new ApiErrorHandler();

	private static final int MAX_BODY_BYTES = 64 * 1024;

	private static final int MAX_KEPT_BODY_CHARS = 500;

	@Override
	public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
		byte[] body = readBody(response);
		ApiErrorResponse error = parse(body);
		HttpStatusCode status = response.getStatusCode();
		Duration retryAfter = RetryAfter.parse(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
				Clock.systemUTC());
		if (error != null) {
			throw new IonosApiException(request.getMethod(), request.getURI(), status, error.messages(), null,
					retryAfter);
		}
		throw new IonosApiException(request.getMethod(), request.getURI(), status, List.of(), abbreviate(body),
				retryAfter);
	}

	private static byte[] readBody(ClientHttpResponse response) {
		try (InputStream body = response.getBody()) {
			return body.readNBytes(MAX_BODY_BYTES);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private static @Nullable ApiErrorResponse parse(byte[] body) {
		if (body.length == 0 || body[0] != '{') {
			return null;
		}
		try {
			ApiErrorResponse error = JsonMapper.shared().readValue(body, ApiErrorResponse.class);
			return (error.httpStatus() != null || !error.messages().isEmpty()) ? error : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String abbreviate(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		String text = new String(body, StandardCharsets.UTF_8).strip();
		return (text.length() > MAX_KEPT_BODY_CHARS) ? text.substring(0, MAX_KEPT_BODY_CHARS) + "..." : text;
	}

}
