package io.github.ionosregistry.tokens.internal.http;

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
public abstract class BufferedHttpRequest extends AbstractClientHttpRequest {

	private final URI uri;

	private final HttpMethod method;

	private final Duration readTimeout;

	private final FastByteArrayOutputStream body = new FastByteArrayOutputStream(1024);

	/**
	 * A request to send.
	 * @param uri where to
	 * @param method its method
	 * @param readTimeout the longest wait for an answer's head, and the deadline of a request sent without one (not
	 * by the client's own calls)
	 */
	public BufferedHttpRequest(URI uri, HttpMethod method, Duration readTimeout) {
		this.uri = uri;
		this.method = method;
		this.readTimeout = readTimeout;
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
		Deadline deadline = deadline(getAttributes());
		Duration remaining = deadline.remaining();
		if (remaining.isZero()) {
			throw deadline.exceededBeforeSending();
		}
		return execute(headers, this.body.toByteArrayUnsafe(), deadline, remaining);
	}

	/**
	 * Sends the request and receives the answer's head, within the deadline.
	 * @param headers the headers, without {@code Content-Length}, which the body's length sets
	 * @param body the body, empty for none
	 * @param deadline when the exchange must have ended
	 * @param remaining the time left until the deadline, more than zero
	 * @return the answer
	 * @throws IOException if it fails, {@link DeadlineExceededException} if the deadline passed
	 */
	protected abstract ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline,
			Duration remaining) throws IOException;

	/**
	 * The longest wait for the answer's head: the read time-out, or less if the deadline comes sooner.
	 * @param remaining the time left until the deadline
	 * @return the wait
	 */
	protected final Duration headTimeout(Duration remaining) {
		return (this.readTimeout.compareTo(remaining) < 0) ? this.readTimeout : remaining;
	}

	private Deadline deadline(Map<String, Object> attributes) {
		Object deadline = attributes.get(Deadline.ATTRIBUTE);
		return (deadline instanceof Deadline given) ? given : Deadline.in("read-timeout", this.readTimeout);
	}

	/** Whether the header is one the HTTP client sets itself. */
	protected static boolean isSetByTheClient(String header) {
		return header.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) || header.equalsIgnoreCase(HttpHeaders.HOST)
				|| header.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING)
				|| header.equalsIgnoreCase(HttpHeaders.CONNECTION) || header.equalsIgnoreCase(HttpHeaders.EXPECT)
				|| header.equalsIgnoreCase(HttpHeaders.UPGRADE);
	}

}
