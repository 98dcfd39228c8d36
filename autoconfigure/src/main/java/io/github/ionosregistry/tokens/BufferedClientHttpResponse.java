package io.github.ionosregistry.tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * An answer read into memory, so that its connection can be released while the answer is kept: a retry holds on
 * to the last failed answer and hands it on if no repeat succeeds.
 */
final class BufferedClientHttpResponse implements ClientHttpResponse {

	private static final int MAX_BODY_BYTES = 64 * 1024;

	private final HttpStatusCode statusCode;

	private final String statusText;

	private final HttpHeaders headers;

	private final byte[] body;

	private BufferedClientHttpResponse(HttpStatusCode statusCode, String statusText, HttpHeaders headers,
			byte[] body) {
		this.statusCode = statusCode;
		this.statusText = statusText;
		this.headers = headers;
		this.body = body;
	}

	/**
	 * Reads an answer (its body up to {@value #MAX_BODY_BYTES} bytes) and closes it.
	 * @param response the answer
	 * @return the answer in memory
	 */
	static BufferedClientHttpResponse readAndClose(ClientHttpResponse response) throws IOException {
		try (response) {
			HttpHeaders headers = new HttpHeaders();
			headers.putAll(response.getHeaders());
			byte[] body;
			try (InputStream stream = response.getBody()) {
				body = stream.readNBytes(MAX_BODY_BYTES);
			}
			catch (IOException ex) {
				body = new byte[0];
			}
			return new BufferedClientHttpResponse(response.getStatusCode(), response.getStatusText(), headers, body);
		}
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	@Override
	public String getStatusText() {
		return this.statusText;
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	@Override
	public InputStream getBody() {
		return new ByteArrayInputStream(this.body);
	}

	@Override
	public void close() {
	}

}
