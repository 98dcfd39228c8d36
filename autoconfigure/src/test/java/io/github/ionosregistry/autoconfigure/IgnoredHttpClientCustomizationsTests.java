package io.github.ionosregistry.autoconfigure;

import java.net.http.HttpClient;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customizations of Boot's request factory builder reach Boot's other clients but not the {@code TokensApi}'s own
 * HTTP client (Apache HttpClient 5, the JDK's): the log names each when the client is built, and the wire shows it was
 * not applied.
 * On the libraries where the {@code TokensApi} takes Boot's factory, they apply and nothing is said.
 */
@ExtendWith(OutputCaptureExtension.class)
class IgnoredHttpClientCustomizationsTests {

	private static final String WARNING = "The TokensApi builds its own HTTP client on ";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static void findOnce(String factory, Class<?> configuration, String... properties) {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		IonosRegistryTestContexts.runner()
			.withUserConfiguration(configuration)
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"spring.http.clients.imperative.factory=" + factory)
			.withPropertyValues(properties)
			.run((context) -> context.getBean(TokensApi.class).registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
	}

	@Test
	void aCustomizerOfHttpClient5sBuilderIsNamedAndNotApplied(CapturedOutput output) {
		findOnce("http-components", HttpComponentsCustomizer.class);
		assertThat(output).contains(WARNING + "HttpComponentsClientHttpRequestFactoryBuilder",
				"the ClientHttpRequestFactoryBuilderCustomizer bean 'applicationHeader'",
				"declare a TokensApiBuilderCustomizer");
		assertThat(server.findAll(WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)))).singleElement()
			.satisfies((request) -> assertThat(request.containsHeader("X-Application-Customizer")).isFalse());
	}

	@Test
	void anApplicationsJdkBuilderAndBootsTimeOutsAreNamedAndNotApplied(CapturedOutput output) {
		findOnce("jdk", OwnJdkBuilder.class, "spring.http.clients.read-timeout=1ms",
				"spring.http.clients.redirects=follow");
		assertThat(output).contains(WARNING + "JdkClientHttpRequestFactoryBuilder",
				"the application's ClientHttpRequestFactoryBuilder bean 'applicationJdkBuilder'",
				"spring.http.clients.read-timeout (the TokensApi takes ionos.registry.read-timeout)",
				"spring.http.clients.redirects (the TokensApi takes no redirects");
		// The 1 ms read time-out of Boot's settings would have failed the call; HTTP/2 of the builder would have
		// sent an upgrade request.
		assertThat(server.findAll(WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)))).singleElement()
			.satisfies((request) -> assertThat(request.containsHeader("Upgrade")).isFalse());
	}

	@Test
	void withoutCustomizationsNothingIsSaid(CapturedOutput output) {
		findOnce("http-components", NoCustomization.class);
		findOnce("jdk", NoCustomization.class);
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void whereTheTokensApiTakesBootsFactoryTheCustomizationsApplyAndNothingIsSaid(CapturedOutput output) {
		findOnce("jetty", JettyCustomizer.class);
		assertThat(output).doesNotContain(WARNING);
	}

	@Configuration(proxyBeanMethods = false)
	static class NoCustomization {

	}

	@Configuration(proxyBeanMethods = false)
	static class HttpComponentsCustomizer {

		@Bean
		ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> applicationHeader() {
			return (builder) -> builder.withHttpClientCustomizer((client) -> client
				.addRequestInterceptorFirst((request, entity, context) -> request.addHeader("X-Application-Customizer",
						"yes")));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnJdkBuilder {

		@Bean
		ClientHttpRequestFactoryBuilder<?> applicationJdkBuilder() {
			return ClientHttpRequestFactoryBuilder.jdk()
				.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_2));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JettyCustomizer {

		@Bean
		ClientHttpRequestFactoryBuilderCustomizer<?> jettyCustomizer() {
			return (builder) -> builder;
		}

	}

}
