package io.github.ionosregistry.tokens.internal.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * An answer received whole: its status, its headers and its body in memory, so that closing it releases nothing.
 */
public final class ReceivedResponse implements ClientHttpResponse {

	private final HttpStatusCode status;

	private final HttpHeaders headers;

	private final byte[] body;

	public ReceivedResponse(int status, HttpHeaders headers, byte[] body) {
		this.status = HttpStatusCode.valueOf(status);
		this.headers = headers;
		this.body = body;
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return this.status;
	}

	@Override
	public String getStatusText() {
		return "";
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
