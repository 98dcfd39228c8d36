package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.FastByteArrayOutputStream;

/**
 * A request of the client's own HTTP clients: its body is buffered, so that it goes out with a
 * {@code Content-Length}, and its exchange ends by the {@link Deadline} the call gives it as a request attribute.
 */
abstract class BufferedHttpRequest extends AbstractClientHttpRequest {

	private final URI uri;

	private final HttpMethod method;

	private final FastByteArrayOutputStream body = new FastByteArrayOutputStream(1024);

	BufferedHttpRequest(URI uri, HttpMethod method) {
		this.uri = uri;
		this.method = method;
	}

	@Override
	public HttpMethod getMethod() {
		return this.method;
	}

	@Override
	public URI getURI() {
		return this.uri;
	}

	@Override
	protected OutputStream getBodyInternal(HttpHeaders headers) {
		return this.body;
	}

	@Override
	protected ClientHttpResponse executeInternal(HttpHeaders headers) throws IOException {
		return execute(headers, this.body.toByteArrayUnsafe(), deadline(getAttributes()));
	}

	/**
	 * Sends the request and receives the answer's head, within the deadline.
	 * @param headers the headers, without {@code Content-Length}, which the body's length sets
	 * @param body the body, empty for none
	 * @param deadline when the exchange must have ended
	 * @return the answer
	 * @throws IOException if it fails, {@link DeadlineExceededException} if the deadline passed
	 */
	protected abstract ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline)
			throws IOException;

	/** The time-out for an answer, for a request sent without a deadline (not by the client's own calls). */
	protected abstract Duration readTimeout();

	private Deadline deadline(Map<String, Object> attributes) {
		Object deadline = attributes.get(Deadline.ATTRIBUTE);
		return (deadline instanceof Deadline given) ? given : Deadline.in("read-timeout", readTimeout());
	}

	/** Whether the header is one the HTTP client sets itself. */
	static boolean isSetByTheClient(String header) {
		return header.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) || header.equalsIgnoreCase(HttpHeaders.HOST)
				|| header.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING)
				|| header.equalsIgnoreCase(HttpHeaders.CONNECTION) || header.equalsIgnoreCase(HttpHeaders.EXPECT)
				|| header.equalsIgnoreCase(HttpHeaders.UPGRADE);
	}

}
