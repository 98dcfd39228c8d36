package io.github.ionosregistry.tokens.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.unit.DataSize;

/**
 * Reads answers' bodies within bounds: at most a given number of bytes (as the HTTP client gives them, decompressed
 * if it decompresses), a {@code Content-Length} over the bound refused before reading, and the attempt's deadline
 * checked between reads. Reading stops at the bound: the response is then closed before its end, which the client's
 * own HTTP clients take as an abort (the connection closed, not drained).
 */
public final class ResponseBodies {

	private static final int CHUNK = 8192;

	private ResponseBodies() {
	}

	/**
	 * Reads a whole body.
	 * @param response the response
	 * @param maxBytes the most bytes accepted
	 * @param deadline the attempt's deadline
	 * @return the body
	 * @throws ResponseTooLargeException if the body is longer
	 * @throws DeadlineExceededException if the deadline passes before its end
	 * @throws IOException if it cannot be read
	 */
	public static byte[] readAll(ClientHttpResponse response, long maxBytes, Deadline deadline) throws IOException {
		long declared = response.getHeaders().getContentLength();
		if (declared > maxBytes) {
			throw tooLarge("its Content-Length is " + declared + " bytes", maxBytes);
		}
		byte[] body = read(response.getBody(), maxBytes + 1, (declared >= 0) ? declared + 1 : CHUNK, deadline);
		if (body.length > maxBytes) {
			throw tooLarge("it is longer", maxBytes);
		}
		return body;
	}

	/**
	 * Reads the start of a body, for an error answer that is kept in part.
	 * @param response the response
	 * @param maxBytes the most bytes read
	 * @param deadline the attempt's deadline
	 * @return at most {@code maxBytes} bytes of the body; empty if it cannot be read
	 */
	public static byte[] readStart(ClientHttpResponse response, int maxBytes, Deadline deadline) {
		try {
			return read(response.getBody(), maxBytes, CHUNK, deadline);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private static byte[] read(InputStream body, long limit, long expected, Deadline deadline) throws IOException {
		byte[] buffer = new byte[(int) Math.max(1, Math.min(limit, expected))];
		int length = 0;
		while (length < limit) {
			if (deadline.hasPassed()) {
				throw deadline.exceeded();
			}
			if (length == buffer.length) {
				buffer = Arrays.copyOf(buffer, (int) Math.min(limit, (long) buffer.length * 2));
			}
			int read = body.read(buffer, length, buffer.length - length);
			if (read < 0) {
				break;
			}
			length += read;
		}
		return (length == buffer.length) ? buffer : Arrays.copyOf(buffer, length);
	}

	private static ResponseTooLargeException tooLarge(String why, long maxBytes) {
		return new ResponseTooLargeException(
				"the answer is larger than the max-response-size of " + format(maxBytes) + ": " + why
						+ "; it was not read");
	}

	/** A size as Spring Boot's properties take it: {@code 4MB}, {@code 512KB}, {@code 100B}. */
	public static String format(long bytes) {
		DataSize size = DataSize.ofBytes(bytes);
		if (bytes % (1024 * 1024) == 0 && bytes > 0) {
			return size.toMegabytes() + "MB";
		}
		return (bytes % 1024 == 0 && bytes > 0) ? size.toKilobytes() + "KB" : bytes + "B";
	}

}
