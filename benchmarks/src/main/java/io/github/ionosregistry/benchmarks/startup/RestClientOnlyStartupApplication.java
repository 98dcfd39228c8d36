package io.github.ionosregistry.benchmarks.startup;

import java.lang.management.ManagementFactory;

import io.github.ionosregistry.benchmarks.JacksonDefaultsModel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The same minimal application with only {@code spring-boot-starter-restclient}: the start-up baseline. Asked for a
 * call, it reads the token with a {@code RestClient} of its own from Boot's builder.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RestClientOnlyStartupApplication {

	/** What a user writes without the starter: the application's own RestClient from Boot's builder, into records. */
	private static void readOnce(RestClient.Builder builder, Environment environment, String token) {
		builder.baseUrl(environment.getRequiredProperty("ionos.registry.api-url"))
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + environment.getRequiredProperty("ionos.registry.token"))
			.build()
			.get()
			.uri("/registries/{registryId}/tokens/{tokenId}", (Object[]) token.split("/"))
			.retrieve()
			.body(JacksonDefaultsModel.Token.class);
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(RestClientOnlyStartupApplication.class,
				args)) {
			RestClient.Builder builder = context.getBean(RestClient.Builder.class);
			String call = Footprint.callAsked();
			if (call != null) {
				readOnce(builder, context.getEnvironment(), call);
			}
			System.out.println("ready-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
			Footprint.printIfAsked();
		}
	}

}
