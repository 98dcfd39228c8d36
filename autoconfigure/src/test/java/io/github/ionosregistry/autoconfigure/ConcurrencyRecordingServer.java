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
 * A loopback server that answers every request with one token after a delay, and records the most requests it
 * was serving at the same time.
 */
final class ConcurrencyRecordingServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostInFlight = new AtomicInteger();

	private final Duration delay;

	private final byte[] token = TokenJson.token().getBytes(StandardCharsets.UTF_8);

	ConcurrencyRecordingServer(Duration delay) throws IOException {
		this.delay = delay;
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
			Thread.sleep(this.delay.toMillis());
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

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
