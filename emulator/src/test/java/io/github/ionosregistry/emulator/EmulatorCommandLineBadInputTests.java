package io.github.ionosregistry.emulator;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every flag the emulator cannot use ends the process with exit code 2 and a message naming the problem, before it
 * listens on any port.
 */
class EmulatorCommandLineBadInputTests {

	static Stream<Arguments> badFlags() {
		return Stream.of(Arguments.of(new String[] { "--verbose" }, "unknown flag --verbose"),
				Arguments.of(new String[] { "8089" }, "unexpected argument '8089'"),
				Arguments.of(new String[] { "--port=http" }, "--port must be a number from 0 to 65535, was 'http'"),
				Arguments.of(new String[] { "--port=70000" }, "--port must be a number from 0 to 65535, was '70000'"),
				Arguments.of(new String[] { "--port=1", "--port=2" }, "--port is given twice"),
				Arguments.of(new String[] { "--fail-rate=1.5" }, "--fail-rate must be a number from 0 to 1, was '1.5'"),
				Arguments.of(new String[] { "--fail-rate=-0.1" }, "--fail-rate must be a number from 0 to 1"),
				Arguments.of(new String[] { "--fail-rate=often" }, "--fail-rate must be a number from 0 to 1"),
				Arguments.of(new String[] { "--seed=lucky" }, "--seed must be a whole number, was 'lucky'"),
				Arguments.of(new String[] { "--latency=soon" }, "--latency must be a duration"),
				Arguments.of(new String[] { "--latency=-5ms" }, "--latency must be a duration"),
				Arguments.of(new String[] { "--username=alice" }, "--username and --password go together"),
				Arguments.of(new String[] { "--token=" }, "--token must not be empty"),
				Arguments.of(new String[] { "--state=/no/such/directory/tokens.json" }, "its directory does not exist"),
				Arguments.of(new String[] { "--registry-hostname=127.0.0.1:5000" },
						"--registry-hostname must be ID=HOST[:PORT], was '127.0.0.1:5000'"),
				Arguments.of(new String[] { "--registry-hostname=acme=127.0.0.1:5000" },
						"--registry-hostname: 'acme' is not a registry id (a UUID)"),
				Arguments.of(new String[] { "--registry-hostname=0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b=http://x:5000" },
						"--registry-hostname: the registry hostname 'http://x:5000' must be a host name or IP address"),
				Arguments.of(new String[] { "--auth-key=" }, "--auth-key must name a file"),
				Arguments.of(new String[] { "--auth-certificate=/no/such/directory/cert.pem", "--port=0" },
						"--auth-certificate '/no/such/directory/cert.pem' cannot be written"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("badFlags")
	void badFlagsExitWith2NamingTheProblem(String[] args, String problem) throws Exception {
		try (EmulatorProcess emulator = EmulatorProcess.mainClass(args)) {
			assertThat(emulator.exitCode()).isEqualTo(2);
			assertThat(emulator.err()).startsWith("Error: ")
				.contains(problem)
				.contains("Usage: java -jar ionos-registry-emulator.jar");
			assertThat(emulator.out()).isEmpty();
		}
	}

	@Test
	void aStateFileThatIsADirectoryIsRefused(@TempDir Path directory) throws Exception {
		assertExitsWith2Saying("is a directory, not a file", "--port=0", "--state=" + directory);
	}

	@Test
	void aStateFileThatIsNotJsonIsRefused(@TempDir Path directory) throws Exception {
		Path state = Files.writeString(directory.resolve("tokens.json"), "{ \"registries\": ");
		assertExitsWith2Saying("state file " + state + " is not valid JSON", "--port=0", "--state=" + state);
	}

	@Test
	void aStateFileThatIsNotJsonIsNamedWithWhereItBreaksAndWhatToDoInAUsersWords(@TempDir Path directory)
			throws Exception {
		Path state = Files.writeString(directory.resolve("broken.json"), "{\n  \"registries\": {\"x\": 3}\n");
		try (EmulatorProcess emulator = EmulatorProcess.mainClass("--port=0", "--state=" + state)) {
			assertThat(emulator.exitCode()).isEqualTo(2);
			assertThat(emulator.err().lines().findFirst()).hasValue("Error: state file " + state + " is not valid "
					+ "JSON at line 3, column 1: Unexpected end-of-input: expected close marker for Object; correct it, "
					+ "or move it away for the emulator to start empty and write a new one");
			assertThat(emulator.err()).doesNotContain("Source:").doesNotContain("REDACTED").doesNotContain("#UNKNOWN")
				.doesNotContain("StreamReadFeature");
		}
	}

	@Test
	void aStateFileOfAnotherShapeIsRefused(@TempDir Path directory) throws Exception {
		Path state = Files.writeString(directory.resolve("tokens.json"), "{ \"tokens\": [] }");
		assertExitsWith2Saying("state file " + state + " is malformed: 'registries' is missing", "--port=0",
				"--state=" + state);
	}

	@Test
	void aStateFileWithAnUnknownStatusIsRefused(@TempDir Path directory) throws Exception {
		Path state = Files.writeString(directory.resolve("tokens.json"), """
				{ "registries": { "0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b": [ { "id": "046b6c7f-0b8a-43b9-b35d-6489e6daee91",
				  "name": "ci", "status": "paused", "expiryDate": null, "scopes": [], "createdBy": "me",
				  "createdDate": "2026-01-01T00:00:00Z" } ] } }
				""");
		assertExitsWith2Saying("token 'ci' has status 'paused'; expected enabled or disabled", "--port=0",
				"--state=" + state);
	}

	@Test
	void anUnreadableStateFileIsRefused(@TempDir Path directory) throws Exception {
		Path state = Files.writeString(directory.resolve("tokens.json"), "{ \"registries\": {} }");
		assertThat(state.toFile().setReadable(false)).isTrue();
		if (Files.isReadable(state)) {
			return; // running as a user who reads every file; nothing to test
		}
		assertExitsWith2Saying("state file " + state + " cannot be read", "--port=0", "--state=" + state);
	}

	@Test
	void anAuthKeyFileThatIsNotAKeyIsRefused(@TempDir Path directory) throws Exception {
		Path key = Files.writeString(directory.resolve("key.pem"), "not a key");
		assertExitsWith2Saying("registry auth key file " + key + " must hold an EC private key", "--port=0",
				"--auth-key=" + key);
	}

	@Test
	void aPortInUseIsOneLineNamingItAndExits1() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				EmulatorProcess emulator = EmulatorProcess.mainClass("--port=" + taken.getLocalPort())) {
			assertThat(emulator.exitCode()).isEqualTo(1);
			assertThat(emulator.err().lines()).containsExactly("Error: port " + taken.getLocalPort() + " is in use: "
					+ "stop what uses it, or give --port=0 for any free port (the first line then says which)");
			assertThat(emulator.out()).isEmpty();
		}
	}

	private static void assertExitsWith2Saying(String problem, String... args) throws Exception {
		try (EmulatorProcess emulator = EmulatorProcess.mainClass(args)) {
			assertThat(emulator.exitCode()).isEqualTo(2);
			assertThat(emulator.err()).startsWith("Error: ").contains(problem);
		}
	}

}
