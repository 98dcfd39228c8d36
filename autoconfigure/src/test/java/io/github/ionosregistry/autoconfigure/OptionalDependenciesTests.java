package io.github.ionosregistry.autoconfigure;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.autoconfigure.connection.ConnectionFailureAnalyzers;
import io.github.ionosregistry.autoconfigure.health.IonosRegistryHealthContributorAutoConfiguration;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration with one of its optional dependencies absent from the class path: it backs off, or goes on
 * without what needs the missing library, as the documentation says.
 */
class OptionalDependenciesTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private ApplicationContextRunner runner() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TokenJson.TOKENS_PATH))
			.willReturn(okJson(TokenJson.page(0, 100, 0))));
		return IonosRegistryTestContexts.runner()
			.withConfiguration(AutoConfigurations.of(IonosRegistryHealthContributorAutoConfiguration.class,
					ObservationAutoConfiguration.class))
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=t",
					"ionos.registry.registry-id=" + TokenJson.REGISTRY_ID);
	}

	private static void listsTheTokens(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		assertThat(context.getBean(RegistryTokens.class).list()).isEmpty();
		server.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo(TokenJson.TOKENS_PATH))
			.withHeader("Authorization", equalTo("Bearer t")));
	}

	@Test
	void withoutTheClientNothingIsConfigured() {
		runner().withClassLoader(new FilteredClassLoader(TokensApi.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("tokensApi");
			assertThat(context).doesNotHaveBean(RegistryTokens.class);
			assertThat(context).doesNotHaveBean(IonosRegistryProperties.class);
		});
	}

	@Test
	void withoutApacheHttpClientTheJdkClientCarriesTheCalls() {
		// Jetty and Reactor Netty are on this module's test class path for other tests; an application has neither.
		runner().withClassLoader(new FilteredClassLoader("org.apache.hc", "org.eclipse.jetty", "reactor.netty"))
			.run((context) -> {
			assertThat(context.getBean(ClientHttpRequestFactoryBuilder.class))
				.isInstanceOf(JdkClientHttpRequestFactoryBuilder.class);
			listsTheTokens(context);
		});
	}

	@Test
	void withoutSnakeYamlThePropertiesStillWork() {
		runner().withClassLoader(new FilteredClassLoader("org.yaml.snakeyaml")).run(OptionalDependenciesTests::listsTheTokens);
	}

	@Test
	void withoutSnakeYamlAnIonosConfigFileIsReportedAsUnreadable(@TempDir Path directory) {
		Path configFile = IonosConfigFiles.write(directory, "version: 1.0\n");
		runner().withClassLoader(new FilteredClassLoader("org.yaml.snakeyaml"))
			.withPropertyValues("ionos.registry.token=", "ionos.registry.config-file=" + configFile)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = ConnectionFailureAnalyzers.invalidConfiguration()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains(configFile.toString(),
						"cannot be read without SnakeYAML (org.yaml:snakeyaml)");
			});
	}

	@Test
	void withoutActuatorThereIsNoHealthContributorAndTheClientWorks() {
		runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run((context) -> {
			assertThat(context).doesNotHaveBean("ionosRegistryHealthIndicator");
			listsTheTokens(context);
		});
	}

	@Test
	void withoutMicrometerMetricsTheClientWorksUnobserved() {
		runner().withClassLoader(new FilteredClassLoader("io.micrometer.core")).run((context) -> {
			assertThat(context).doesNotHaveBean("meterRegistry");
			listsTheTokens(context);
		});
	}

}
