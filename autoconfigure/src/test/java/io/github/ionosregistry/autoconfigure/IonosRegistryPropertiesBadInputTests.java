package io.github.ionosregistry.autoconfigure;

import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad settings fail the start-up with a message that names the property, before any request.
 */
class IonosRegistryPropertiesBadInputTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@AfterEach
	void serverReceivedNothing() {
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	static Stream<Arguments> badSettings() {
		return Stream.of(
				bad("api-url that is not a URL", "ionos.registry.api-url", "ionos.registry.api-url=http://local host:8080"),
				bad("api-url with another scheme", "must be an absolute http or https URL", "ionos.registry.api-url=ftp://api.ionos.com/containerregistries"),
				bad("relative api-url", "must be an absolute http or https URL", "ionos.registry.api-url=/containerregistries"),
				bad("plain http api-url to a remote host", "must use https", "ionos.registry.api-url=http://api.ionos.com/containerregistries"),
				bad("api-url holding credentials", "must not hold credentials", "ionos.registry.api-url=https://user:hunter2@api.ionos.com"),
				bad("plain http api-url holding credentials", "must not hold credentials", "ionos.registry.api-url=http://user:hunter2@api.ionos.com"),
				bad("malformed api-url holding credentials", "must not hold credentials", "ionos.registry.api-url=ftp://user:hunter2@api ionos.com"),
				bad("api-url without host", "has no host", "ionos.registry.api-url=https:///containerregistries"),
				bad("api-url with a query", "must not have a query", "ionos.registry.api-url=https://api.ionos.com/containerregistries?x=1"),
				bad("plain http IONOS_API_URL to a remote host", "must use https", "IONOS_API_URL=http://api.ionos.com/containerregistries"),
				bad("negative connect-timeout", "ionos.registry.connect-timeout", "ionos.registry.connect-timeout=-1s"),
				bad("zero read-timeout", "ionos.registry.read-timeout", "ionos.registry.read-timeout=0s"),
				bad("negative max-retries", "must be 0 or more", "ionos.registry.retry.max-retries=-1"),
				bad("zero initial-delay", "must be a positive duration", "ionos.registry.retry.initial-delay=0ms"),
				bad("max-delay shorter than initial-delay", "must not be shorter than ionos.registry.retry.initial-delay",
						"ionos.registry.retry.initial-delay=2s", "ionos.registry.retry.max-delay=1s"),
				bad("multiplier below 1", "must be a number of 1 or more", "ionos.registry.retry.multiplier=0.5"),
				bad("registry-id that is not a UUID", "ionos.registry.registry-id", "ionos.registry.registry-id=registry-1"),
				bad("read-timeout that is not a duration", "ionos.registry.read-timeout", "ionos.registry.read-timeout=soon"));
	}

	private static Arguments bad(String description, String namedInMessage, String... properties) {
		return Arguments.of(description, namedInMessage, properties);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSettings")
	void startUpFailsNamingTheProblem(String description, String namedInMessage, String[] properties) {
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.token=t")
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(messages(context.getStartupFailure())).contains(namedInMessage).doesNotContain("hunter2");
			});
	}

	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
