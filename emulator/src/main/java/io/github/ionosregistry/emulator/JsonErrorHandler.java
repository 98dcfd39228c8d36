package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.nio.ByteBuffer;

import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error answers in the API's JSON: for requests Jetty refuses itself (a malformed request line or header,
 * headers too large) and for errors inside the emulator's servlet context. Never HTML, never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

	JsonErrorHandler() {
		setShowStacks(false);
		setShowServlet(false);
	}

	@Override
	public boolean errorPageForMethod(String method) {
		return true;
	}

	@Override
	public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		JsonErrorAnswers.write(response, response.getStatus());
		baseRequest.setHandled(true);
	}

	@Override
	public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
		fields.put(HttpHeader.CONTENT_TYPE, "application/json");
		return ByteBuffer.wrap(JsonErrorAnswers.body(status));
	}

}
