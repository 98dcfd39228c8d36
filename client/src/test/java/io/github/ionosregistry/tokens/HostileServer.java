package io.github.ionosregistry.tokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server that misbehaves as a test scripts it: it reads each request (head and body), then
 * answers as the current {@link Behaviour} writes, counting the bytes it managed to write before the client let go.
 * It stops by itself after {@link #LIFETIME}, whatever a client does, so that no test can hang on it.
 */
final class HostileServer implements AutoCloseable {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private final ServerSocket socket;

	private final ExecutorService connections = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "hostile-server");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Socket> open = new ArrayList<>();

	private final AtomicInteger requests = new AtomicInteger();

	/** The connections accepted since the last reset and still open: earlier ones may be held by earlier scripts. */
	private volatile AtomicInteger openNow = new AtomicInteger();

	private final AtomicInteger mostOpen = new AtomicInteger();

	private final AtomicLong bytesWritten = new AtomicLong();

	private final List<String> requestHeads = new ArrayList<>();

	private volatile Behaviour behaviour = Behaviour.answer(200, "{}");

	private volatile boolean closed;

	HostileServer() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "hostile-server-acceptor");
		acceptor.setDaemon(true);
		acceptor.start();
		Thread reaper = new Thread(() -> {
			try {
				Thread.sleep(LIFETIME.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			close();
		}, "hostile-server-reaper");
		reaper.setDaemon(true);
		reaper.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.socket.getLocalPort();
	}

	void behave(Behaviour behaviour) {
		this.behaviour = behaviour;
	}

	int requests() {
		return this.requests.get();
	}

	/** The most connections that were open at once since the last reset, as the server saw them. */
	int mostConnectionsOpenAtOnce() {
		return this.mostOpen.get();
	}



	long bytesWritten() {
		return this.bytesWritten.get();
	}

	synchronized List<String> requestHeads() {
		return List.copyOf(this.requestHeads);
	}

	void reset() {
		this.requests.set(0);
		this.openNow = new AtomicInteger();
		this.mostOpen.set(0);
		this.bytesWritten.set(0);
		synchronized (this) {
			this.requestHeads.clear();
		}
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket connection = this.socket.accept();
				synchronized (this) {
					this.open.add(connection);
				}
				this.connections.execute(() -> serve(connection));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		AtomicInteger open = this.openNow;
		this.mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
		try (connection) {
			InputStream in = connection.getInputStream();
			OutputStream out = new CountingStream(connection.getOutputStream(), this.bytesWritten);
			while (!this.closed) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				readBody(in, head);
				this.requests.incrementAndGet();
				synchronized (this) {
					this.requestHeads.add(head);
				}
				if (this.behaviour == Behaviour.SILENT_UNTIL_CLOSED) {
					while (in.read() >= 0) {
						// nothing is answered; the client's closing ends the wait
					}
					return;
				}
				if (!this.behaviour.answer(head, out)) {
					return;
				}
				out.flush();
			}
		}
		catch (IOException | InterruptedException ex) {
			// The client let go, as a client facing such a server should.
		}
		finally {
			open.decrementAndGet();
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int last4 = 0;
		int b;
		while ((b = in.read()) >= 0) {
			head.write(b);
			last4 = (last4 << 8) | b;
			if (last4 == 0x0D0A0D0A) {
				return head.toString(StandardCharsets.ISO_8859_1);
			}
		}
		return null;
	}

	private static void readBody(InputStream in, String head) throws IOException {
		for (String line : head.split("\r\n", -1)) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				int length = Integer.parseInt(line.substring(15).strip());
				in.readNBytes(length);
			}
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		synchronized (this) {
			for (Socket connection : this.open) {
				try {
					connection.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
			}
		}
		this.connections.shutdownNow();
	}

	/** What the server does with one request. */
	@FunctionalInterface
	interface Behaviour {

		/**
		 * Answers a request.
		 * @param requestHead the request's method, path and headers
		 * @param out the connection
		 * @return whether to keep the connection for another request
		 */
		boolean answer(String requestHead, OutputStream out) throws IOException, InterruptedException;

		/** Reads the request and never answers, until the client closes the connection. */
		Behaviour SILENT_UNTIL_CLOSED = (head, out) -> false;

		static Behaviour answer(int status, String json) {
			return (head, out) -> {
				byte[] body = json.getBytes(StandardCharsets.UTF_8);
				write(out, "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: "
						+ body.length + "\r\n\r\n");
				out.write(body);
				return true;
			};
		}

	}

	static void write(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	/** Writes forever, a chunk at a time, until the client lets go or the server stops. */
	static void writeForever(OutputStream out, byte[] chunk, boolean chunked) throws IOException {
		try {
			while (true) {
				if (chunked) {
					write(out, Integer.toHexString(chunk.length) + "\r\n");
				}
				out.write(chunk);
				if (chunked) {
					write(out, "\r\n");
				}
			}
		}
		catch (SocketException ex) {
			// the client closed the connection
		}
	}

	/** Writes the text a byte at a time, waiting between them. */
	static void trickle(OutputStream out, String text, Duration pause) throws IOException, InterruptedException {
		for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
			out.write(b);
			out.flush();
			Thread.sleep(pause.toMillis());
		}
	}

	/** Counts what was written, to measure how much a client read of an endless answer before it let go. */
	private static final class CountingStream extends OutputStream {

		private final OutputStream out;

		private final AtomicLong count;

		CountingStream(OutputStream out, AtomicLong count) {
			this.out = out;
			this.count = count;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count.incrementAndGet();
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.count.addAndGet(length);
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
		}

	}

}
