package io.github.ionosregistry.benchmarks;

import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * In a JVM of its own, on a class path without the starter (the client's records only): the first call of a client a user would write
 * instead, two seconds after it is ready, timed as {@link FirstCallRun} times the {@code TokensApi}'s. The client is
 * {@code service-client} (an HTTP service client over Boot's {@code RestClient.Builder}, in a Boot application on the
 * library given) or {@code jdk-client} (the JDK {@code HttpClient} and a Jackson mapper, built up front, no Spring).
 * Prints {@code first-us=} and {@code tenth-us=}.
 */
public final class OtherClientFirstCallRun {

	private OtherClientFirstCallRun() {
	}

	public static void main(String[] args) throws Exception {
		String client = args[0];
		String apiUrl = args[1];
		UUID registryId = UUID.fromString(args[2]);
		UUID tokenId = UUID.fromString(args[3]);
		if (client.equals("jdk-client")) {
			JdkHttpClientFloor floor = new JdkHttpClientFloor(apiUrl);
			FirstCallRun.timeTenCalls(() -> floor.findById(registryId, tokenId));
			return;
		}
		try (ConfigurableApplicationContext context = ClientApplication.start(apiUrl, "jdk")) {
			TokensService service = ClientApplication.serviceClient(context, apiUrl);
			FirstCallRun.timeTenCalls(() -> service.find(registryId, tokenId));
		}
	}

}
