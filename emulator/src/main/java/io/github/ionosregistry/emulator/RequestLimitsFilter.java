package io.github.ionosregistry.emulator;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before WireMock reads them, what would otherwise fail inside it: a query that is not well-formed
 * percent-encoding (a JSON 400), and a body over {@value #MAX_BODY_BYTES} bytes, whether it says its length or comes
 * in chunks (a JSON 413; a request of the Tokens API is a few hundred bytes).
 */
final class RequestLimitsFilter implements Filter {

	static final int MAX_BODY_BYTES = 64 * 1024;

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String query = ((HttpServletRequest) request).getQueryString();
		if (query != null && !isWellFormedPercentEncoding(query)) {
			JsonErrorAnswers.write((HttpServletResponse) response, 400);
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			JsonErrorAnswers.write((HttpServletResponse) response, 413);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			JsonErrorAnswers.write((HttpServletResponse) response, 413);
			return;
		}
		chain.doFilter(new ReadBody((HttpServletRequest) request, body), response);
	}

	private static boolean isWellFormedPercentEncoding(String query) {
		try {
			URLDecoder.decode(query, StandardCharsets.UTF_8);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The request with its body read already. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new BodyStream(new ByteArrayInputStream(this.body));
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

	private static final class BodyStream extends ServletInputStream {

		private final InputStream body;

		BodyStream(InputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			return this.body.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return this.body.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			try {
				return this.body.available() == 0;
			}
			catch (IOException ex) {
				return true;
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new IllegalStateException("the body is read already; no asynchronous reading");
		}

	}

}
