package io.github.ionosregistry.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A minimal application with the starter: prints the milliseconds from JVM start to a ready context, then exits.
 * Asked for a call, it reads the token with its {@code TokensApi}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterStartupApplication {

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(StarterStartupApplication.class, args)) {
			// The same application as the restclient-only one, which takes Boot's builder, and the starter's client.
			context.getBean(RestClient.Builder.class);
			TokensApi api = context.getBean(TokensApi.class);
			String call = Footprint.callAsked();
			if (call != null) {
				String[] ids = call.split("/");
				api.registriesTokensFindById(UUID.fromString(ids[0]), UUID.fromString(ids[1]));
			}
			System.out.println("ready-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
			Footprint.printIfAsked();
		}
	}

}
