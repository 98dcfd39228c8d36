package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ionosregistry.tokens.TokenJson;

/**
 * A loopback server that answers every request with one token, and records the most requests it was serving at the
 * same time. It holds every request until the number it expects at once has arrived (at most 20 s) and then a
 * little longer, so that requests beyond a limit would show up too: what it records depends on the client's limit,
 * not on how fast a loaded machine starts the callers' threads.
 */
final class ConcurrencyRecordingServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostInFlight = new AtomicInteger();

	private static final Duration MOST_HELD = Duration.ofSeconds(20);

	private static final Duration HELD_AFTER = Duration.ofMillis(300);

	private final int expectedAtOnce;

	private final Object arrivals = new Object();

	private final byte[] token = TokenJson.token().getBytes(StandardCharsets.UTF_8);

	ConcurrencyRecordingServer(int expectedAtOnce) throws IOException {
		this.expectedAtOnce = expectedAtOnce;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		this.server.createContext("/", this::answer);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	int mostInFlight() {
		return this.mostInFlight.get();
	}

	private void answer(HttpExchange exchange) throws IOException {
		int serving = this.inFlight.incrementAndGet();
		this.mostInFlight.accumulateAndGet(serving, Math::max);
		try (exchange) {
			holdUntilExpectedArrived();
			Thread.sleep(HELD_AFTER.toMillis());
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, this.token.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(this.token);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	private void holdUntilExpectedArrived() throws InterruptedException {
		long end = System.nanoTime() + MOST_HELD.toNanos();
		synchronized (this.arrivals) {
			this.arrivals.notifyAll();
			while (this.mostInFlight.get() < this.expectedAtOnce && end - System.nanoTime() > 0) {
				this.arrivals.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
