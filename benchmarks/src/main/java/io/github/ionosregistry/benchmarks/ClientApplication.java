package io.github.ionosregistry.benchmarks;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Boot application with the starter and nothing else, whose {@link TokensApi} the benchmarks call.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ClientApplication {

	static ConfigurableApplicationContext start(String apiUrl, String requestFactory, String... properties) {
		return new SpringApplicationBuilder(ClientApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("ionos.registry.api-url=" + apiUrl, "ionos.registry.token=" + LoopbackTokensServer.TOKEN,
					"logging.level.root=WARN", "spring.http.clients.imperative.factory=" + requestFactory)
			.properties(properties)
			.run();
	}

}
