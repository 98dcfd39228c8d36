package io.github.ionosregistry.tokens.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ResponseBodies}: a body is read whole up to its bound and refused past it, whether its length is
 * declared or not; an error body is read in part; the deadline is checked while reading.
 */
class ResponseBodiesTests {

	private static final Deadline LATER = Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofMinutes(1));

	@Test
	void aBodyOfExactlyTheBoundIsReadWhole() throws Exception {
		assertThat(ResponseBodies.readAll(response(1024, -1), 1024, LATER)).hasSize(1024);
		assertThat(ResponseBodies.readAll(response(1024, 1024), 1024, LATER)).hasSize(1024);
	}

	@Test
	void aDeclaredLengthOverTheBoundIsRefusedBeforeReading() {
		CountingBody body = new CountingBody(new byte[2048]);
		assertThatExceptionOfType(ResponseTooLargeException.class)
			.isThrownBy(() -> ResponseBodies.readAll(response(body, 2048), 1024, LATER))
			.withMessage("the answer is larger than the max-response-size of 1KB: its Content-Length is 2048 bytes; "
					+ "it was not read");
		assertThat(body.read).isZero();
	}

	@Test
	void anUndeclaredLengthOverTheBoundIsRefusedOneByteAfterIt() {
		CountingBody body = new CountingBody(new byte[1 << 20]);
		assertThatExceptionOfType(ResponseTooLargeException.class)
			.isThrownBy(() -> ResponseBodies.readAll(response(body, -1), 1024, LATER))
			.withMessage("the answer is larger than the max-response-size of 1KB: it is longer; it was not read");
		assertThat(body.read).isEqualTo(1025);
	}

	@Test
	void aBodyLongerThanItsDeclaredLengthIsRefusedToo() {
		assertThatExceptionOfType(ResponseTooLargeException.class)
			.isThrownBy(() -> ResponseBodies.readAll(response(new CountingBody(new byte[4096]), 10), 1024, LATER));
	}

	@Test
	void aPassedDeadlineStopsTheReading() {
		Deadline passed = Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofNanos(1));
		assertThatExceptionOfType(DeadlineExceededException.class)
			.isThrownBy(() -> ResponseBodies.readAll(response(10, 10), 1024, passed));
	}

	@Test
	void theStartOfAnErrorBodyIsKeptAndAnUnreadableOneIsEmpty() {
		byte[] page = "<html>".repeat(1000).getBytes(StandardCharsets.UTF_8);
		assertThat(ResponseBodies.readStart(response(new CountingBody(page), -1), 12, LATER))
			.asString(StandardCharsets.UTF_8)
			.isEqualTo("<html><html>");
		InputStream reset = new InputStream() {

			@Override
			public int read() throws IOException {
				throw new IOException("reset");
			}

		};
		assertThat(ResponseBodies.readStart(response(reset, -1), 12, LATER)).isEmpty();
	}

	@Test
	void sizesAreSaidAsSpringBootsPropertiesTakeThem() {
		assertThat(ResponseBodies.format(4 * 1024 * 1024)).isEqualTo("4MB");
		assertThat(ResponseBodies.format(1536)).isEqualTo("1536B");
		assertThat(ResponseBodies.format(2048)).isEqualTo("2KB");
	}

	private static ClientHttpResponse response(int bytes, long declared) {
		return response(new CountingBody(new byte[bytes]), declared);
	}

	private static ClientHttpResponse response(InputStream body, long declared) {
		HttpHeaders headers = new HttpHeaders();
		if (declared >= 0) {
			headers.setContentLength(declared);
		}
		return new ClientHttpResponse() {

			@Override
			public HttpStatusCode getStatusCode() {
				return HttpStatusCode.valueOf(200);
			}

			@Override
			public String getStatusText() {
				return "OK";
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

			@Override
			public InputStream getBody() {
				return body;
			}

			@Override
			public void close() {
			}

		};
	}

	/** A body that counts the bytes read from it. */
	private static final class CountingBody extends ByteArrayInputStream {

		int read;

		CountingBody(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) {
			int count = super.read(buffer, offset, length);
			this.read += Math.max(0, count);
			return count;
		}

	}

}
