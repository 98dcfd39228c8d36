package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;

import io.github.ionosregistry.emulator.EmulatedRegistry;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * From a created token to {@code docker login}: the registry's hostname, read once, the token's user name and its
 * one-time password, as the Docker config JSON, written to a file only its owner can read.
 */
class DockerCredentialsTests {

	private static final UUID REGISTRY = UUID.fromString("0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b");

	@TempDir
	Path directory;

	@Test
	void theDockerConfigJsonHasExactlyTheDocumentedShape() {
		DockerCredentials credentials = new DockerCredentials("my-registry.cr.ionos.com", "ci-push", "s3cr3t/+=");
		String auth = Base64.getEncoder().encodeToString("ci-push:s3cr3t/+=".getBytes());
		assertThat(credentials.toDockerConfigJson()).isEqualTo("{\"auths\":{\"my-registry.cr.ionos.com\":{"
				+ "\"username\":\"ci-push\",\"password\":\"s3cr3t/+=\",\"auth\":\"" + auth + "\"}}}");
	}

	@Test
	void toStringNeverShowsThePassword() {
		assertThat(new DockerCredentials("my-registry.cr.ionos.com", "ci-push", "s3cr3t-value").toString())
			.isEqualTo("DockerCredentials[hostname=my-registry.cr.ionos.com, username=ci-push, password=******]");
	}

	@Test
	void theFileIsWrittenWholeAndReadableByItsOwnerOnly() throws IOException {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		Path file = this.directory.resolve("docker/config.json");
		DockerCredentials first = new DockerCredentials("my-registry.cr.ionos.com", "ci-push", "first");
		first.writeDockerConfig(file);
		new DockerCredentials("my-registry.cr.ionos.com", "ci-push", "second").writeDockerConfig(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		JsonNode config = JsonMapper.shared().readTree(Files.readString(file));
		assertThat(config.get("auths").get("my-registry.cr.ionos.com").get("password").asString()).isEqualTo("second");
		Path lockFile = file.resolveSibling(".config.json.lock");
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactlyInAnyOrder(file, lockFile);
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lockFile))).isEqualTo("rw-------");
	}

	@Test
	void aCreatedTokenGivesTheCredentialsWithTheRegistrysHostnameReadOnce() {
		try (TokensEmulator emulator = TokensEmulator.builder()
			.registry(EmulatedRegistry.named(REGISTRY, "acme-images"))
			.requestJournal(100)
			.start();
				LogCapture log = LogCapture.trace("io.github.ionosregistry")) {
			TokensApiBuilder builder = TokensApi.builder()
				.apiUrl(emulator.apiUrl())
				.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN));
			try (TokensApi tokens = builder.build(); RegistriesApi registries = builder.buildRegistriesApi()) {
				RegistryTokens registry = RegistryTokens.of(tokens, registries, REGISTRY);
				PutTokenOutput created = registry.create(PostTokenProperties.named("ci-push"));
				PutTokenOutput another = registry.create(PostTokenProperties.named("ci-pull"));
				DockerCredentials credentials = registry.dockerCredentials(created);
				String password = created.properties().credentials().password();
				assertThat(credentials).isEqualTo(new DockerCredentials("acme-images.cr.ionos.com", "ci-push", password));
				assertThat(registry.dockerCredentials(another).hostname()).isEqualTo("acme-images.cr.ionos.com");
				assertThat(emulator.wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock
					.getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/registries/" + REGISTRY))))
					.hasSize(1);
				Path file = this.directory.resolve("config.json");
				credentials.writeDockerConfig(file);
				assertThat(log.text()).doesNotContain(password);
				TokenResponse read = registry.find(created.id()).orElseThrow();
				assertThatIllegalArgumentException().isThrownBy(() -> registry.dockerCredentials(
						new PutTokenOutput(read.href(), read.id(), read.metadata(), read.properties(), read.type())))
					.withMessageContaining("only it holds the one-time password");
			}
		}
	}

	@Test
	void tokensWithoutARegistriesApiSayHowToGetTheHostname() {
		try (TokensEmulator emulator = TokensEmulator.start();
				TokensApi tokens = TokensApi.builder()
					.apiUrl(emulator.apiUrl())
					.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN))
					.build()) {
			org.assertj.core.api.Assertions.assertThatIllegalStateException()
				.isThrownBy(() -> tokens.registry(REGISTRY).hostname())
				.withMessageContaining("RegistryTokens.of(tokensApi, registriesApi, registryId)");
		}
	}

}
