package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The state file when the disk fails: a change whose file cannot be written is not made in memory either, the
 * caller hears a JSON 500, the file stays as it was, no temporary file is left, and the next change works again.
 */
class StateFileFailureTests {

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private static final String TOKENS = "/registries/" + REGISTRY + "/tokens";

	private static final List<String> AUTHORIZED = List.of("Authorization: Bearer emulator-token",
			"Content-Type: application/json");

	@TempDir
	Path directory;

	@Test
	void aFullDiskUndoesCreatePatchAndDeleteAndLeavesNoTemporaryFile() throws IOException {
		Path file = this.directory.resolve("state.json");
		FillingDisk disk = new FillingDisk();
		try (TokensEmulator emulator = TokensEmulator.builder().stateFile(new StateFile(file, disk)).start()) {
			UUID kept = create(emulator, "kept", 201);
			String written = Files.readString(file);
			disk.full = true;
			create(emulator, "lost", 500);
			assertThat(send(emulator, "PATCH " + TOKENS + "/" + kept, "{\"status\":\"disabled\"}").status())
				.isEqualTo(500);
			RawHttp.Answer delete = send(emulator, "DELETE " + TOKENS + "/" + kept, "");
			assertThat(delete.status()).isEqualTo(500);
			assertThat(JsonMapper.shared().readTree(delete.body()).get("messages").get(0).get("message").asString())
				.isEqualTo("The emulator could not save its state file; nothing was changed");
			assertThat(emulator.tokens(REGISTRY)).singleElement().satisfies((token) -> {
				assertThat(token.name()).isEqualTo("kept");
				assertThat(token.status()).isEqualTo(EmulatedStatus.ENABLED);
			});
			assertThat(Files.readString(file)).isEqualTo(written);
			assertThat(filesIn(this.directory)).containsExactly(file);
			disk.full = false;
			create(emulator, "after", 201);
			assertThat(namesIn(file)).containsExactly("kept", "after");
		}
	}

	@Test
	void aFileThatCannotBeReplacedUndoesTheChange() throws IOException {
		Path file = this.directory.resolve("state.json");
		try (TokensEmulator emulator = TokensEmulator.builder().stateFile(file).start()) {
			create(emulator, "first", 201);
			Files.delete(file);
			// A directory with an entry in the file's place: renaming over it fails, whoever runs the test.
			Files.createDirectories(file.resolve("in-the-way"));
			create(emulator, "second", 500);
			assertThat(emulator.tokens(REGISTRY)).extracting(EmulatedToken::name).containsExactly("first");
			assertThat(filesIn(this.directory)).containsExactly(file);
		}
	}

	@Test
	void theStateIsWrittenOwnerOnly() throws IOException {
		Path file = this.directory.resolve("state.json");
		try (TokensEmulator emulator = TokensEmulator.builder().stateFile(file).start()) {
			create(emulator, "private", 201);
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(
					Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
	}

	@Test
	void aStateFileThatCannotBeReadStopsTheStartNamingIt() throws IOException {
		Path file = Files.writeString(this.directory.resolve("state.json"), "{\"registries\": [");
		assertThatIllegalArgumentException().isThrownBy(() -> TokensEmulator.builder().stateFile(file).start())
			.withMessageContaining(file.toString())
			.withMessageContaining("not valid JSON");
		Path directoryInstead = Files.createDirectories(this.directory.resolve("a-directory"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokensEmulator.builder().stateFile(directoryInstead).start())
			.withMessageContaining(directoryInstead.toString());
	}

	private static UUID create(TokensEmulator emulator, String name, int status) throws IOException {
		RawHttp.Answer answer = send(emulator, "POST " + TOKENS, "{\"properties\":{\"name\":\"" + name + "\"}}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return (status == 201) ? UUID.fromString(JsonMapper.shared().readTree(answer.body()).get("id").asString()) : null;
	}

	private static RawHttp.Answer send(TokensEmulator emulator, String request, String body) throws IOException {
		return RawHttp.send(emulator.port(),
				RawHttp.request(request + " HTTP/1.1", AUTHORIZED, body.getBytes(StandardCharsets.UTF_8)));
	}

	/** The files in a directory but the lock file that emulators sharing a state file take turns with. */
	private static List<Path> filesIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> !file.getFileName().toString().endsWith(".lock")).toList();
		}
	}

	private static List<String> namesIn(Path file) throws IOException {
		JsonNode registry = JsonMapper.shared().readTree(Files.readAllBytes(file)).get("registries").get(REGISTRY.toString());
		return registry.valueStream().map((token) -> token.get("name").asString()).toList();
	}

	/** A disk that takes the first bytes of a write and then, when full, fails as a full disk does. */
	private static final class FillingDisk implements StateFile.ContentWriter {

		volatile boolean full;

		@Override
		public void write(Path file, byte[] content) throws IOException {
			if (this.full) {
				Files.write(file, java.util.Arrays.copyOf(content, Math.min(content.length, 100)));
				throw new IOException("No space left on device");
			}
			Files.write(file, content);
		}

	}

}
