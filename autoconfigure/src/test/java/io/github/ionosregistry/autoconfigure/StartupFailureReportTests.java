package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.autoconfigure.rotation.IonosRegistryRotationAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A start-up that fails on the starter's settings prints Spring Boot's failure report, naming the key and what to do,
 * in a few lines: no stack trace, never a secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

	private static final int MOST_LINES = 40;

	/** A file that is there but holds no Docker config. */
	private static final String NOT_A_DOCKER_CONFIG = notADockerConfig();

	private static String notADockerConfig() {
		try {
			Path file = Files.createTempFile("not-a-docker-config", ".json");
			file.toFile().deleteOnExit();
			return Files.writeString(file, "not json").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Stream<Arguments> badSettings() {
		return Stream.of(
				report("ionos.registry.max-connections = '0'", "must be 1 or more", "ionos.registry.max-connections=0"),
				report("ionos.registry.read-timeout = '-5s'", "must be a positive duration",
						"ionos.registry.read-timeout=-5s"),
				report("ionos.registry.connect-timeout = '0s'", "must be a positive duration",
						"ionos.registry.connect-timeout=0s"),
				report("ionos.registry.attempt-timeout", "must be a positive duration",
						"ionos.registry.attempt-timeout=-1ms"),
				report("ionos.registry.call-timeout", "must be a positive duration", "ionos.registry.call-timeout=0s"),
				report("ionos.registry.health.timeout", "must be a positive duration",
						"ionos.registry.health.timeout=0s"),
				report("ionos.registry.token-expiry-warning", "must be a positive duration",
						"ionos.registry.token-expiry-warning=-1d"),
				report("ionos.registry.max-response-size = '10B'", "must be from 1KB to",
						"ionos.registry.max-response-size=10B"),
				report("ionos.registry.contract-number = '0'", "must be 1 or more", "ionos.registry.contract-number=0"),
				report("ionos.registry.user-agent", "must not be blank", "ionos.registry.user-agent= "),
				report("ionos.registry.retry.multiplier = '0.5'", "must be a number of 1 or more",
						"ionos.registry.retry.multiplier=0.5"),
				report("ionos.registry.retry.max-retries = '-1'", "must be 0 or more",
						"ionos.registry.retry.max-retries=-1"),
				report("ionos.registry.retry.initial-delay", "must be a positive duration",
						"ionos.registry.retry.initial-delay=0ms"),
				report("ionos.registry.retry.max-delay = '1s'", "must not be shorter than",
						"ionos.registry.retry.initial-delay=2s", "ionos.registry.retry.max-delay=1s"),
				report("ionos.registry.api-url = 'http://api.ionos.com/containerregistries'", "must use https",
						"ionos.registry.api-url=http://api.ionos.com/containerregistries"),
				report("ionos.registry.api-url = (a URL holding credentials, not shown)", "must not hold credentials",
						"ionos.registry.api-url=https://user:hunter2@api.ionos.com"),
				report("ionos.registry.api-url", "IONOS_API_URL",
						"IONOS_API_URL=http://api.ionos.com/containerregistries"),
				report("ionos.registry.read-timeout", "soon", "ionos.registry.read-timeout=soon"),
				report("ionos.registry.registry-id", "registry-1", "ionos.registry.registry-id=registry-1"),
				report("ionos.registry.tokne", "did you mean ionos.registry.token?", "ionos.registry.tokne=abc"),
				report("ionos.registry.api-ulr", "did you mean ionos.registry.api-url?",
						"ionos.registry.api-ulr=https://example.com"),
				report("ionos.registry.retry.max-retry", "did you mean ionos.registry.retry.max-retries?",
						"ionos.registry.retry.max-retry=2"),
				report("ionos.registry.spaceship", "no such property", "ionos.registry.spaceship=1"),
				report("ionos.registry.rotation.ci-push.rotate-after", "must be set: a token's age",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.retire-after=2h"),
				report("ionos.registry.rotation.ci-push.retire-after = '-1s'", "must be 0 or more",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.retire-after=-1s"),
				report("ionos.registry.rotation.ci-push.check-interval = '0s'", "must be a positive duration",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.check-interval=0s"),
				report("ionos.registry.rotation.ci-push-.rotate-after", "the base name 'ci-push-' must be 2 to 41",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push-.rotate-after=30d"),
				report("ionos.registry.rotation.ci-push", "needs ionos.registry.registry-id",
						"ionos.registry.rotation.ci-push.rotate-after=30d"),
				report("ionos.registry.rotation.ci-push.rotate-after", "soon",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=soon"),
				report("ionos.registry.rotation.ci-push.rotate-aftr", "did you mean ionos.registry.rotation.ci-push.rotate-after?",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.rotate-aftr=30d"),
				report("ionos.registry.rotation.ci-push.lifetime", "must be at least rotate-after plus retire-after plus check-interval (745h)",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.lifetime=10d"),
				report("ionos.registry.rotation.ci-push.scopes[0] = 'repository:app/*:pish'", "scope action 'pish' is not a word the client knows: did you mean 'push'?",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.scopes=repository:app/*:pish"),
				report("ionos.registry.rotation.ci-push.scopes[0] = 'app'", "must look like type:name:actions",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.scopes=app"),
				report("ionos.registry.rotation.ci-push.docker-config", "is not a Docker config file (it is not JSON)",
						"ionos.registry.registry-id=%1$s", "ionos.registry.rotation.ci-push.rotate-after=30d",
						"ionos.registry.rotation.ci-push.docker-config=" + NOT_A_DOCKER_CONFIG));
	}

	private static Arguments report(String key, String problem, String... properties) {
		return Arguments.of(key, problem, java.util.Arrays.stream(properties)
			.map((property) -> property.formatted("00000000-0000-4000-8000-000000000001"))
			.toArray(String[]::new));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("badSettings")
	void badSettingFailsWithAShortReportNamingIt(String key, String problem, String[] properties,
			CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(Application.class, properties));
		assertShortReport(output, key, problem);
		assertThat(output.toString()).doesNotContain("hunter2").doesNotContain("abc");
	}

	@Test
	void missingRegistryTokensNamesTheRegistryIdProperty(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(NeedsRegistryTokens.class));
		assertShortReport(output, "ionos.registry.registry-id", "inject TokensApi");
	}

	private static void start(Class<?> application, String... properties) {
		new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("ionos.registry.token=" + "t0ken", "ionos.registry.config-file=" + IonosRegistryTestContexts.NO_CONFIG_FILE)
			.properties(properties)
			.run()
			.close();
	}

	private static void assertShortReport(CapturedOutput output, String key, String problem) {
		String printed = output.toString();
		assertThat(printed).contains("APPLICATION FAILED TO START", "Action:", key, problem)
			.doesNotContain("\tat ")
			.doesNotContain("t0ken");
		assertThat(printed.lines().count()).as(printed).isLessThan(MOST_LINES);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
			RestClientAutoConfiguration.class, IonosRegistryAutoConfiguration.class,
			IonosRegistryRotationAutoConfiguration.class })
	static class Application {

	}

	@Configuration(proxyBeanMethods = false)
	@Import(Application.class)
	static class NeedsRegistryTokens {

		@Bean
		String rotation(RegistryTokens tokens) {
			return tokens.toString();
		}

	}

}
