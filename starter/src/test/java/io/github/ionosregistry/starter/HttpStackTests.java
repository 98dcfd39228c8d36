package io.github.ionosregistry.starter;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with {@code spring-boot-starter-restclient} keeps its HTTP stack when it adds the starter: Boot
 * still picks the JDK's client for the application's own clients, and the starter brings no HTTP client library.
 */
@SpringBootTest
class HttpStackTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry registry) {
		registry.add("ionos.registry.api-url", server::baseUrl);
		registry.add("ionos.registry.token", () -> "starter-token");
	}

	@Autowired
	private ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

	@Autowired
	private RestClient.Builder restClientBuilder;

	@Autowired
	private TokensApi tokensApi;

	@Test
	void bootStillPicksTheJdkClientForTheApplication() {
		assertThat(this.requestFactoryBuilder).isInstanceOf(JdkClientHttpRequestFactoryBuilder.class);
	}

	@Test
	void theStarterBringsNoHttpClientLibrary() {
		ClassLoader classLoader = getClass().getClassLoader();
		assertThat(ClassUtils.isPresent("org.apache.hc.client5.http.impl.classic.HttpClients", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("org.eclipse.jetty.client.HttpClient", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("reactor.netty.http.client.HttpClient", classLoader)).isFalse();
		assertThat(ClassUtils.isPresent("okhttp3.OkHttpClient", classLoader)).isFalse();
	}

	@Test
	void theApplicationsOwnClientAndTheTokensApiBothWork() {
		UUID registryId = UUID.randomUUID();
		server.stubFor(WireMock.get("/elsewhere").willReturn(aResponse().withStatus(200).withBody("ok")));
		server.stubFor(WireMock.delete(WireMock.urlPathMatching("/registries/.*")).willReturn(aResponse().withStatus(204)));
		assertThat(this.restClientBuilder.build().get().uri(server.baseUrl() + "/elsewhere").retrieve().body(String.class))
			.isEqualTo("ok");
		this.tokensApi.registriesTokensDelete(registryId, UUID.randomUUID());
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo("/elsewhere")).withHeader("Authorization", absent()));
		server.verify(1, WireMock.deleteRequestedFor(WireMock.urlPathMatching("/registries/" + registryId + "/tokens/.*")));
	}

	@SpringBootApplication
	static class Application {

	}

}
