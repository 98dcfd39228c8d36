package io.github.ionosregistry.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ionosregistry.emulator.TokensEmulator;
import org.jspecify.annotations.Nullable;

/**
 * Sends a running emulator (as the jar and the library run it: no journal) {@code requests} mixed requests from 8
 * callers: creates, finds, lists, patches, deletes and malformed requests, each token deleted again soon after, and
 * prints the used heap after a full collection before and after: {@code heapBeforeKiB=… heapAfterKiB=…}.
 */
public final class EmulatorHeapRun {

	private static final int CALLERS = 8;

	private EmulatorHeapRun() {
	}

	public static void main(String[] args) throws Exception {
		int requests = Integer.parseInt(args[0]);
		try (TokensEmulator emulator = TokensEmulator.start()) {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String tokens = emulator.apiUrl() + "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID + "/tokens";
			// A first round makes the JIT, the server's thread pool and the caches what they stay.
			run(http, tokens, 2_000);
			long before = usedHeapAfterCollection();
			long started = System.nanoTime();
			int sent = run(http, tokens, requests);
			long millis = (System.nanoTime() - started) / 1_000_000;
			long after = usedHeapAfterCollection();
			System.out.println("requests=" + sent + " ms=" + millis + " heapBeforeKiB=" + before / 1024
					+ " heapAfterKiB=" + after / 1024);
		}
	}

	private static int run(HttpClient http, String tokens, int requests) throws Exception {
		AtomicInteger sent = new AtomicInteger();
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int caller = 0; caller < CALLERS; caller++) {
				long seed = caller;
				done.add(callers.submit(() -> {
					Random random = new Random(seed);
					while (sent.get() < requests) {
						cycle(http, tokens, random, sent);
					}
					return null;
				}));
			}
			for (Future<?> caller : done) {
				caller.get();
			}
		}
		finally {
			callers.shutdown();
		}
		return sent.get();
	}

	/** One token's life: created, found, listed, patched, a malformed request, deleted. Six requests. */
	private static void cycle(HttpClient http, String tokens, Random random, AtomicInteger sent) throws Exception {
		String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		String created = send(http, "POST", tokens, "{\"properties\":{\"name\":\"" + name
				+ "\",\"scopes\":[{\"name\":\"app/*\",\"type\":\"repository\",\"actions\":[\"pull\",\"push\"]}]}}", 201);
		String id = created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\"id\":\"") + 42);
		send(http, "GET", tokens + "/" + id, null, 200);
		send(http, "GET", tokens + "?limit=" + (1 + random.nextInt(100)), null, 200);
		send(http, "PATCH", tokens + "/" + id, "{\"status\":\"disabled\"}", 200);
		send(http, "POST", tokens, "{\"properties\":{\"name\":\"-" + name + "\"}}", 400);
		send(http, "DELETE", tokens + "/" + id, null, 204);
		sent.addAndGet(6);
	}

	private static String send(HttpClient http, String method, String url, @Nullable String body, int expected)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Bearer emulator-token")
			.header("Content-Type", "application/json")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ", expected "
					+ expected + ": " + response.body());
		}
		return response.body();
	}

	private static long usedHeapAfterCollection() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
