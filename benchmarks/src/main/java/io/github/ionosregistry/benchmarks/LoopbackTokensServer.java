package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server answering the Tokens API's reads with spec-shaped JSON: one fixed token, a fixed page of
 * 100 tokens, and a registry of {@value #LARGE_TOTAL} tokens whose pages are generated on request. It answers at
 * once, so that what is measured is the client.
 */
final class LoopbackTokensServer implements AutoCloseable {

	static final UUID REGISTRY_ID = UUID.fromString("11111111-2222-4333-8444-555555555555");

	static final UUID LARGE_REGISTRY_ID = UUID.fromString("99999999-2222-4333-8444-555555555555");

	static final UUID TOKEN_ID = TokenPages.tokenId(7);

	static final long LARGE_TOTAL = 100_000;

	/** The API token the benchmarks send. */
	static final String TOKEN = "benchmark-token";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private final byte[] token;

	private final byte[] page;

	LoopbackTokensServer() throws IOException {
		// Without TCP_NODELAY, small answers wait on delayed ACKs (40 ms) and every client measures the same.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.token = TokenPages.token(tokensHref(REGISTRY_ID), 7).getBytes(StandardCharsets.UTF_8);
		this.page = TokenPages.page(tokensHref(REGISTRY_ID), 0, 100, 100);
		this.server.createContext("/registries/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	String apiUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	byte[] pageBytes() {
		return this.page;
	}

	byte[] tokenBytes() {
		return this.token;
	}

	private String tokensHref(UUID registryId) {
		return "https://api.ionos.com/containerregistries/registries/" + registryId + "/tokens";
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			String path = exchange.getRequestURI().getPath();
			byte[] body;
			if (path.endsWith("/tokens/" + TOKEN_ID)) {
				body = this.token;
			}
			else if (path.equals("/registries/" + LARGE_REGISTRY_ID + "/tokens")) {
				body = largePage(exchange.getRequestURI().getRawQuery());
			}
			else if (path.endsWith("/tokens")) {
				body = this.page;
			}
			else {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private byte[] largePage(String query) {
		long offset = 0;
		int limit = 100;
		for (String parameter : query.split("&", -1)) {
			if (parameter.startsWith("offset=")) {
				offset = Long.parseLong(parameter.substring(7));
			}
			else if (parameter.startsWith("limit=")) {
				limit = Integer.parseInt(parameter.substring(6));
			}
		}
		return TokenPages.page(tokensHref(LARGE_REGISTRY_ID), offset, limit, LARGE_TOTAL);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
