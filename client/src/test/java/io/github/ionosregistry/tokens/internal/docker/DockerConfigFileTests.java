package io.github.ionosregistry.tokens.internal.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.DockerConfigUpdate;
import io.github.ionosregistry.tokens.LogCapture;
import io.github.ionosregistry.tokens.DockerCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Docker credentials written into a Docker config file as {@code docker login} writes them: one registry's entry
 * changed, everything else of the user's kept; a file that is not a Docker config refused and left as it was; two
 * processes at once; a registry taken by a credential helper said plainly; the reverse, a logout.
 */
class DockerConfigFileTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/** A config as a user's machine has it: other logins, a helper for one host, proxies, keys of tools we do not know. */
	private static final String USERS_CONFIG = """
			{
				"auths": {
					"ghcr.io": { "auth": "b2N0b2NhdDpnaHBfc2VjcmV0" },
					"my-registry.cr.ionos.com": { "auth": "b2xkOm9sZA==", "identitytoken": "stale-identity" },
					"https://index.docker.io/v1/": {}
				},
				"credHelpers": { "123456789.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login" },
				"proxies": { "default": { "httpProxy": "http://proxy.internal:3128", "noProxy": "localhost,127.0.0.1" } },
				"currentContext": "desktop-linux",
				"psFormat": "table {{.ID}}\\t{{.Image}}",
				"experimental": "enabled",
				"aFutureToolsSetting": { "nested": [ 1, 2.50, 12345678901234567890, true, null, "x" ] }
			}
			""";

	@TempDir
	Path directory;

	@Test
	void writingReplacesOnlyThatRegistrysEntryAndKeepsEverythingElseOfTheUser() throws IOException {
		Path file = Files.writeString(this.directory.resolve("config.json"), USERS_CONFIG);
		DockerConfigUpdate update = new DockerCredentials("my-registry.cr.ionos.com", "ci-push", "s3cr3t")
			.writeDockerConfig(file);

		assertThat(update).isEqualTo(new DockerConfigUpdate(file.toAbsolutePath(), "my-registry.cr.ionos.com", null));
		ObjectNode before = (ObjectNode) JSON.readTree(USERS_CONFIG);
		ObjectNode after = (ObjectNode) JSON.readTree(Files.readString(file));
		assertThat(after.propertyNames()).containsExactlyElementsOf(before.propertyNames());
		for (String key : before.propertyNames()) {
			if (!key.equals("auths")) {
				assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
			}
		}
		assertThat(after.get("aFutureToolsSetting").toString())
			.isEqualTo("{\"nested\":[1,2.50,12345678901234567890,true,null,\"x\"]}");
		assertThat(after.get("auths").propertyNames()).containsExactly("ghcr.io", "my-registry.cr.ionos.com",
				"https://index.docker.io/v1/");
		assertThat(after.get("auths").get("ghcr.io")).isEqualTo(before.get("auths").get("ghcr.io"));
		assertThat(after.get("auths").get("https://index.docker.io/v1/"))
			.isEqualTo(before.get("auths").get("https://index.docker.io/v1/"));
		assertThat(after.get("auths").get("my-registry.cr.ionos.com")).isEqualTo(JSON.readTree("{\"username\":\"ci-push\","
				+ "\"password\":\"s3cr3t\",\"auth\":\"" + base64("ci-push:s3cr3t") + "\"}"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void aMissingFileAndItsDirectoryAreCreatedAndAnEmptyFileIsAnEmptyConfig() throws IOException {
		Path file = this.directory.resolve("new/.docker/config.json");
		new DockerCredentials("a.example.com", "u", "p").writeDockerConfig(file);
		assertThat(JSON.readTree(Files.readString(file)).get("auths").propertyNames()).containsExactly("a.example.com");

		Path empty = Files.writeString(this.directory.resolve("empty.json"), "  \n");
		new DockerCredentials("b.example.com", "u", "p").writeDockerConfig(empty);
		assertThat(JSON.readTree(Files.readString(empty)).get("auths").propertyNames()).containsExactly("b.example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"auths\": {", "[\"auths\"]", "{\"auths\": \"ghcr.io\"}", "{\"auths\": []}", "42" })
	void aFileThatIsNotADockerConfigIsRefusedNamingItAndLeftAsItWas(String content) throws IOException {
		Path file = Files.writeString(this.directory.resolve("config.json"), content);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DockerCredentials("a.example.com", "u", "p").writeDockerConfig(file))
			.withMessageStartingWith("The file " + file.toAbsolutePath() + " is not a Docker config file")
			.withMessageEndingWith("it was left as it was");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DockerCredentials.removeFromDockerConfig(file, "a.example.com"));
		assertThat(Files.readString(file)).isEqualTo(content);
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void twoProcessesWritingAtOnceBothLand() throws Exception {
		Path file = Files.writeString(this.directory.resolve("config.json"), USERS_CONFIG);
		int each = 200;
		List<Process> writers = new ArrayList<>();
		for (String prefix : List.of("first-", "second-")) {
			writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), DockerConfigWriter.class.getName(), file.toString(), prefix,
					Integer.toString(each))
				.redirectErrorStream(true)
				.start());
		}
		for (Process writer : writers) {
			assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(writer.exitValue()).as(new String(writer.getInputStream().readAllBytes())).isZero();
		}
		JsonNode auths = JSON.readTree(Files.readString(file)).get("auths");
		for (int i = 0; i < each; i++) {
			assertThat(auths.has("first-" + i + ".example.com")).as("first-" + i).isTrue();
			assertThat(auths.has("second-" + i + ".example.com")).as("second-" + i).isTrue();
		}
		assertThat(auths.size()).isEqualTo(3 + 2 * each);
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void aRegistryTakenByACredentialHelperIsSaidPlainly() throws IOException {
		Path file = Files.writeString(this.directory.resolve("config.json"), USERS_CONFIG);
		try (LogCapture log = LogCapture.debug("io.github.ionosregistry")) {
			DockerConfigUpdate byHelper = new DockerCredentials("123456789.dkr.ecr.eu-central-1.amazonaws.com", "u",
					"helper-secret").writeDockerConfig(file);
			assertThat(byHelper.usedByDocker()).isFalse();
			assertThat(byHelper.credentialHelper())
				.isEqualTo("credHelpers[123456789.dkr.ecr.eu-central-1.amazonaws.com] = ecr-login");
			assertThat(log.text()).contains("WARN", "Docker reads that registry's credentials from a credential helper "
					+ "(credHelpers[123456789.dkr.ecr.eu-central-1.amazonaws.com] = ecr-login)")
				.doesNotContain("helper-secret");
		}
		Files.writeString(file, "{\"credsStore\": \"desktop\", \"auths\": {}}");
		DockerConfigUpdate byStore = new DockerCredentials("my-registry.cr.ionos.com", "u", "p").writeDockerConfig(file);
		assertThat(byStore.credentialHelper()).isEqualTo("credsStore = desktop");
		assertThat(JSON.readTree(Files.readString(file)).get("credsStore").asString()).isEqualTo("desktop");
	}

	@Test
	void removingTakesOnlyThatRegistrysEntry() throws IOException {
		Path file = Files.writeString(this.directory.resolve("config.json"), USERS_CONFIG);
		assertThat(DockerCredentials.removeFromDockerConfig(file, "my-registry.cr.ionos.com")).isTrue();
		ObjectNode before = (ObjectNode) JSON.readTree(USERS_CONFIG);
		((ObjectNode) before.get("auths")).remove("my-registry.cr.ionos.com");
		assertThat(JSON.readTree(Files.readString(file))).isEqualTo(before);

		String unchanged = Files.readString(file);
		assertThat(DockerCredentials.removeFromDockerConfig(file, "never-logged-in.example.com")).isFalse();
		assertThat(Files.readString(file)).isEqualTo(unchanged);

		Path missing = this.directory.resolve("missing/config.json");
		assertThat(DockerCredentials.removeFromDockerConfig(missing, "a.example.com")).isFalse();
		assertThat(missing).doesNotExist();
	}

	private List<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.walk(this.directory)) {
			return files.filter((path) -> path.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
