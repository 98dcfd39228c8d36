package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * The answers that the HTTP server in front of the emulator gives before a request reaches it (a request that is
 * not well-formed HTTP, one that is too large, the stub's admin API when it is closed): the API's
 * {@code ApiErrorResponse} JSON, never an HTML page or a stack trace.
 */
final class JsonErrorAnswers {

	private JsonErrorAnswers() {
	}

	static byte[] body(int status) {
		return TokenJsonWriter.error(status, errorCode(status), message(status))
			.toString()
			.getBytes(StandardCharsets.UTF_8);
	}

	static void write(HttpServletResponse response, int status) throws IOException {
		byte[] body = body(status);
		response.reset();
		response.setStatus(status);
		response.setContentType("application/json");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static String errorCode(int status) {
		return switch (status) {
			case 400 -> "VALIDATION_FAILED";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 414 -> "URI_TOO_LONG";
			case 431 -> "HEADERS_TOO_LARGE";
			default -> (status >= 500) ? "INTERNAL_ERROR" : "BAD_REQUEST";
		};
	}

	private static String message(int status) {
		return switch (status) {
			case 404 -> "No such resource";
			case 413 -> "The request body is larger than " + RequestLimitsFilter.MAX_BODY_BYTES + " bytes";
			case 414 -> "The request URI is too long";
			case 431 -> "The request headers are too large";
			default -> (status >= 500) ? "The emulator could not answer this request"
					: "The request is not well-formed HTTP";
		};
	}

}
