package io.github.ionosregistry.benchmarks;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * A Boot application with the starter and nothing else, on the HTTP client library given
 * ({@code spring.http.clients.imperative.factory}): its {@link TokensApi}, and an HTTP service client of the
 * application's own made from its {@code RestClient.Builder}, as a user would write one.
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

	static TokensService serviceClient(ConfigurableApplicationContext context, String apiUrl) {
		RestClient restClient = context.getBean(RestClient.Builder.class)
			.baseUrl(apiUrl)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + LoopbackTokensServer.TOKEN)
			.build();
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
			.build()
			.createClient(TokensService.class);
	}

}
