package io.github.ionosregistry.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * In a JVM of its own, on the class path given to it (with or without the starter): an application's own HTTP
 * service client, on whatever HTTP client Boot picks for the application, called by 32 callers at once against a
 * service answering after 20 ms. Prints {@code calls-per-s=} and the library Boot picked.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OwnClientRun {

	/** The application's own HTTP service: it knows nothing of this library's types. */
	@HttpExchange
	interface OwnService {

		@GetExchange("/registries/{registryId}/tokens/{tokenId}")
		String find(@PathVariable UUID registryId, @PathVariable UUID tokenId);

	}

	public static void main(String[] args) throws Exception {
		String apiUrl = args[0];
		UUID registryId = UUID.fromString(args[1]);
		UUID tokenId = UUID.fromString(args[2]);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OwnClientRun.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN", "ionos.registry.token=" + LoopbackTokensServer.TOKEN,
					"ionos.registry.api-url=" + apiUrl)
			.run()) {
			OwnService own = HttpServiceProxyFactory
				.builderFor(RestClientAdapter.create(context.getBean(RestClient.Builder.class)
					.baseUrl(apiUrl)
					.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + LoopbackTokensServer.TOKEN)
					.build()))
				.build()
				.createClient(OwnService.class);
			Map<String, Double> rates = Throughput.measureConcurrently(
					List.of(new Throughput.Scenario("own", () -> own.find(registryId, tokenId))), 32,
					Duration.ofSeconds(3), 5, Duration.ofSeconds(1));
			String library = context.getBean(ClientHttpRequestFactoryBuilder.class)
				.getClass()
				.getSimpleName();
			System.out.println("calls-per-s=" + Math.round(rates.getOrDefault("own", 0.0)) + " library=" + library);
		}
	}

}
