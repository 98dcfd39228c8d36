package io.github.ionosregistry.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

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

	/** Keeps a config file of the machine running the tests out of them. */
	private static final String NO_CONFIG_FILE = "--ionos.registry.config-file=target/no-ionos-config-file";

	@TempDir
	Path directory;

	@Test
	void readsTheCredentialsFromTheIonosConfigFileAndStartsNoEmulator(CapturedOutput output) throws Exception {
		try (TokensEmulator remote = TokensEmulator.builder().credentials(EmulatorCredentials.token("from-the-file")).start()) {
			UUID registryId = UUID.randomUUID();
			remote.seed(registryId, EmulatedToken.named("listed-with-the-file"));
			Path configFile = Files.writeString(this.directory.resolve("config"), """
					currentProfile: dev
					profiles:
					  - name: dev
					    environment: dev
					    credentials:
					      token: from-the-file
					""");

			int exitCode = SampleApplication.run("--ionos.registry.config-file=" + configFile,
					"--ionos.registry.api-url=" + remote.apiUrl(), "--ionos.registry.registry-id=" + registryId, "list");

			assertThat(exitCode).isZero();
			assertThat(output.getOut()).doesNotContain("No IONOS credentials configured").contains("listed-with-the-file");
			remote.wireMock()
				.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/registries/" + registryId + "/tokens"))
					.withHeader("Authorization", WireMock.equalTo("Bearer from-the-file")));
		}
	}

	@Test
	void runsTheDemoOnTheLocalEmulatorWithoutCredentials(CapturedOutput output) {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");

		int exitCode = SampleApplication.run(NO_CONFIG_FILE);

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
		assertThat(SampleApplication.run(NO_CONFIG_FILE, "frobnicate")).isEqualTo(TokenCli.USAGE);
	}

}
