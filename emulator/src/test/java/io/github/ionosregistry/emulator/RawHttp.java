package io.github.ionosregistry.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes as they are to a loopback port and reads one HTTP/1.1 answer, for requests that no HTTP client would
 * send (malformed request lines, paths, headers and bodies). The request asks for {@code Connection: close}, so the
 * answer ends with the connection.
 */
final class RawHttp {

	private static final int TIMEOUT_MILLIS = 10_000;

	private static final int MAX_ANSWER_BYTES = 1 << 20;

	private RawHttp() {
	}

	/** An answer: status, headers by lower-case name, body. */
	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * A request with a correct {@code Content-Length} for its body, and {@code Connection: close}.
	 * @param requestLine such as {@code GET /x HTTP/1.1}, as it is
	 * @param headers header lines, as they are
	 * @param body the body, possibly empty
	 * @return the request's bytes
	 */
	static byte[] request(String requestLine, Iterable<String> headers, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
		headers.forEach((header) -> head.append(header).append("\r\n"));
		if (body.length > 0) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		request.writeBytes(body);
		return request.toByteArray();
	}

	static Answer send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				socket.shutdownOutput();
			}
			catch (IOException ex) {
				// The server may answer and close before it read everything: the answer is what counts.
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0 && answer.size() < MAX_ANSWER_BYTES; read = in.read(buffer)) {
				answer.write(buffer, 0, read);
			}
		}
		catch (java.net.SocketException ex) {
			// A reset after the answer was sent: keep what arrived.
		}
		return answer.toByteArray();
	}

	private static Answer parse(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
			throw new IOException("not an HTTP answer: '" + text.substring(0, Math.min(200, text.length())) + "'");
		}
		String[] lines = text.substring(0, headEnd).split("\r\n");
		int status = Integer.parseInt(lines[0].substring(9, 12));
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(headEnd + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int position = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", position);
			int size = Integer.parseInt(chunked.substring(position, lineEnd).trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			position = lineEnd + 2 + size + 2;
		}
	}

}
