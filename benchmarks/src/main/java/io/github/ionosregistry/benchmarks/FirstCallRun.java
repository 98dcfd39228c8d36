package io.github.ionosregistry.benchmarks;

import java.util.UUID;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * In a JVM of its own: starts the application on the library given, waits two seconds after it is ready, then times
 * the first ten calls. Prints {@code first-us=} and {@code tenth-us=}.
 */
public final class FirstCallRun {

	private FirstCallRun() {
	}

	public static void main(String[] args) throws Exception {
		String apiUrl = args[0];
		String factory = args[1];
		UUID registryId = UUID.fromString(args[2]);
		UUID tokenId = UUID.fromString(args[3]);
		try (ConfigurableApplicationContext context = ClientApplication.start(apiUrl, factory)) {
			TokensApi api = context.getBean(TokensApi.class);
			timeTenCalls(() -> api.registriesTokensFindById(registryId, tokenId));
		}
	}

	/** Waits two seconds, then times ten calls and prints the first's and the tenth's microseconds. */
	static void timeTenCalls(Call call) throws Exception {
		Thread.sleep(2_000);
		long[] micros = new long[10];
		for (int i = 0; i < micros.length; i++) {
			long start = System.nanoTime();
			call.run();
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		System.out.println("first-us=" + micros[0] + " tenth-us=" + micros[9]);
	}

	/** One call of a client. */
	interface Call {

		void run() throws Exception;

	}

}
