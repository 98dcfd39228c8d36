package io.github.ionosregistry.sample;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole application, as the README's run command starts it: without credentials it runs the demo against an
 * emulator it starts itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void runsTheDemoOnTheLocalEmulatorWithoutCredentials(CapturedOutput output) {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");

		int exitCode = SampleApplication.run();

		assertThat(exitCode).isZero();
		assertThat(output.getOut().lines().findFirst())
			.hasValueSatisfying((first) -> assertThat(first).startsWith(
					"No IONOS credentials configured: using the local Tokens API emulator at http://127.0.0.1:"));
		assertThat(output.getOut()).contains("one-time password:").endsWith("$ list\n(no tokens)\n");
	}

	@Test
	void withCredentialsItTalksToTheConfiguredApiAndStartsNoEmulator(CapturedOutput output) {
		try (TokensEmulator remote = TokensEmulator.start()) {
			UUID registryId = UUID.randomUUID();
			remote.seed(registryId, EmulatedToken.named("remote-token"));

			int exitCode = SampleApplication.run("--ionos.registry.token=" + EmulatorCredentials.DEFAULT_TOKEN,
					"--ionos.registry.api-url=" + remote.apiUrl(), "--ionos.registry.registry-id=" + registryId, "list");

			assertThat(exitCode).isZero();
			assertThat(output.getOut()).doesNotContain("No IONOS credentials configured").contains("remote-token");
			remote.wireMock()
				.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/registries/" + registryId + "/tokens")));
		}
	}

	@Test
	void unknownCommandExitsWithTwo() {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");
		assertThat(SampleApplication.run("frobnicate")).isEqualTo(TokenCli.USAGE);
	}

}
