package io.github.ionosregistry.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole application, as the README's run command starts it: without credentials it runs against an emulator it
 * starts itself, and says so on standard error.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	/** Keeps a config file of the machine running the tests out of them. */
	private static final String NO_CONFIG_FILE = "--ionos.registry.config-file=target/no-ionos-config-file";

	@TempDir
	Path directory;

	@Test
	void readsTheCredentialsFromTheIonosConfigFileAndStartsNoEmulator(CapturedOutput output) throws Exception {
		try (TokensEmulator remote = TokensEmulator.builder().credentials(EmulatorCredentials.token("from-the-file")).requestJournal(1000).start()) {
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

			int exitCode = SampleApplication.exitCode("--ionos.registry.config-file=" + configFile,
					"--ionos.registry.api-url=" + remote.apiUrl(), "--ionos.registry.registry-id=" + registryId, "list");

			assertThat(exitCode).isZero();
			assertThat(output.getAll()).doesNotContain("No IONOS credentials configured");
			assertThat(output.getOut()).contains("listed-with-the-file");
			remote.wireMock()
				.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/registries/" + registryId + "/tokens"))
					.withHeader("Authorization", WireMock.equalTo("Bearer from-the-file")));
		}
	}

	@Test
	void runsTheDemoOnTheLocalEmulatorWithoutCredentials(CapturedOutput output) {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");

		int exitCode = SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "demo");

		assertThat(exitCode).isZero();
		assertThat(output.getErr().lines().findFirst())
			.hasValueSatisfying((first) -> assertThat(first).startsWith(
					"No IONOS credentials configured: using the local Tokens API emulator, its tokens kept in "
							+ this.directory.resolve("state.json"))
				.doesNotContain("http://"));
		assertThat(output.getOut()).contains("one-time password:").endsWith("$ list\n(no tokens)\n");
	}

	@Test
	void withCredentialsItTalksToTheConfiguredApiAndStartsNoEmulator(CapturedOutput output) {
		try (TokensEmulator remote = TokensEmulator.builder().requestJournal(1000).start()) {
			UUID registryId = UUID.randomUUID();
			remote.seed(registryId, EmulatedToken.named("remote-token"));

			int exitCode = SampleApplication.exitCode("--ionos.registry.token=" + EmulatorCredentials.DEFAULT_TOKEN,
					"--ionos.registry.api-url=" + remote.apiUrl(), "--ionos.registry.registry-id=" + registryId, "list");

			assertThat(exitCode).isZero();
			assertThat(output.getAll()).doesNotContain("No IONOS credentials configured");
			assertThat(output.getOut()).contains("remote-token");
			remote.wireMock()
				.verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/registries/" + registryId + "/tokens")));
		}
	}

	@Test
	void withoutCredentialsSeparateCommandsSeeWhatTheOnesBeforeMade(CapturedOutput output) throws Exception {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");
		Path dockerConfig = this.directory.resolve("docker.json");

		assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "create", "ci-push", "--scope",
				"repository:app:pull", "--docker-config", dockerConfig.toString())).isZero();
		Matcher created = Pattern.compile("Created token ci-push \\(id ([0-9a-f-]{36})\\)").matcher(output.getOut());
		assertThat(created.find()).isTrue();
		String id = created.group(1);
		assertThat(JsonMapper.shared().readTree(Files.readString(dockerConfig)).get("auths").propertyNames())
			.containsExactly("registry-0b0e5f5a.cr.ionos.com");

		assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "list")).isZero();
		assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "show", id)).isZero();
		assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "delete", id)).isZero();
		assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "list")).isZero();

		String[] runs = output.getOut().split("Created token ci-push|ID  |id:  |Deleted token|\\(no tokens\\)", -1);
		assertThat(runs).hasSize(6);
		assertThat(runs[2]).contains("ci-push", id);
		assertThat(runs[3]).contains("ci-push", id);
		assertThat(runs[4]).contains(" " + id);
		assertThat(output.getOut()).endsWith("(no tokens)\n");
	}

	private String stateFile() {
		return "--sample.local-emulator.state-file=" + this.directory.resolve("state.json");
	}

	@Test
	void keepsItsStateInAnOwnerOnlyDirectoryOfTheUserAndSaysWhere(CapturedOutput output) throws Exception {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");
		Path stateHome = this.directory.resolve("state-home");
		// Spring reads the variable as a property: a system property stands in for it here.
		System.setProperty("XDG_STATE_HOME", stateHome.toString());
		try {
			assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, "create", "kept", "--no-scopes")).isZero();
		}
		finally {
			System.clearProperty("XDG_STATE_HOME");
		}
		Path stateDirectory = stateHome.resolve("ionos-registry-sample");
		Path stateFile = stateDirectory.resolve("emulator-state.json");
		assertThat(output.getErr().lines().findFirst()).hasValueSatisfying(
				(firstLine) -> assertThat(firstLine).contains("its tokens kept in " + stateFile + " "));
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(stateDirectory)))
			.isEqualTo("rwx------");
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile)))
			.isEqualTo("rw-------");
		assertThat(Files.readString(stateFile)).contains("\"kept\"");
	}

	@Test
	void unknownCommandExitsWithTwo() {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");
		assertThat(SampleApplication.exitCode(NO_CONFIG_FILE, stateFile(), "frobnicate")).isEqualTo(TokenCli.USAGE);
	}

}
