package io.github.ionosregistry.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The same minimal application with only {@code spring-boot-starter-restclient}: the start-up baseline.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RestClientOnlyStartupApplication {

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.run(RestClientOnlyStartupApplication.class,
				args)) {
			context.getBean(RestClient.Builder.class);
			System.out.println("ready-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
			Footprint.printIfAsked();
		}
	}

}
