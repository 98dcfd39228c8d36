package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar as users start it: {@code java -jar ionos-registry-emulator.jar}.
 */
class TokensEmulatorJarIT {

	private static final Path JAR = Path.of("target", "ionos-registry-emulator.jar");

	private static final String TOKEN = "jar-test-token";

	private static final String TOKENS = "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID + "/tokens";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void servesACycleStopsCleanlyOnSigtermAndKeepsItsStateAcrossARestart(@TempDir Path directory) throws Exception {
		Path state = directory.resolve("tokens.json");
		String keptId;
		String expiry = "2099-01-31T00:00:00Z";
		try (EmulatorProcess emulator = EmulatorProcess.jar(JAR, "--port=0", "--token=" + TOKEN, "--state=" + state)) {
			String url = emulator.firstLine();
			assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
			JsonNode created = json(send(url, "POST", TOKENS, "{\"properties\":{\"name\":\"short-lived\"}}", 201));
			String password = created.get("properties").get("credentials").get("password").asString();
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			assertThat(json(send(url, "GET", TOKENS, null, 200)).get("total").asInt()).isOne();
			send(url, "DELETE", TOKENS + "/" + created.get("id").asString(), null, 204);
			keptId = json(send(url, "POST", TOKENS,
					"{\"properties\":{\"name\":\"kept\",\"expiryDate\":\"" + expiry + "\",\"status\":\"disabled\"}}", 201))
				.get("id")
				.asString();
			assertThat(emulator.terminate()).isZero();
			List<String> log = emulator.out();
			assertThat(log).contains("POST " + TOKENS + " 201", "DELETE " + TOKENS + "/" + created.get("id").asString() + " 204");
			assertThat(String.join("\n", log)).doesNotContain(TOKEN, password);
			assertThat(Files.readString(state)).doesNotContain(password).contains("kept");
		}
		try (EmulatorProcess restarted = EmulatorProcess.jar(JAR, "--port=0", "--token=" + TOKEN, "--state=" + state)) {
			String url = restarted.firstLine();
			JsonNode page = json(send(url, "GET", TOKENS, null, 200));
			assertThat(page.get("total").asInt()).isOne();
			JsonNode kept = page.get("items").get(0);
			assertThat(kept.get("id").asString()).isEqualTo(keptId);
			assertThat(kept.get("properties").get("name").asString()).isEqualTo("kept");
			assertThat(kept.get("properties").get("expiryDate").asString()).isEqualTo(expiry);
			assertThat(kept.get("properties").get("status").asString()).isEqualTo("disabled");
			assertThat(kept.get("properties").get("credentials").get("password").asString()).isEmpty();
			assertThat(restarted.terminate()).isZero();
		}
	}

	@Test
	void writesTheSigningCertificateKeepsItsKeyAcrossARestartAndPointsTheRegistryAtItsHostname(@TempDir Path directory)
			throws Exception {
		Path key = directory.resolve("auth-key.pem");
		Path certificate = directory.resolve("auth.pem");
		String[] args = { "--port=0", "--token=" + TOKEN, "--auth-key=" + key, "--auth-certificate=" + certificate,
				"--registry=" + TokensEmulator.DEFAULT_REGISTRY_ID + "=acme",
				"--registry-hostname=" + TokensEmulator.DEFAULT_REGISTRY_ID + "=127.0.0.1:5000" };
		String first;
		try (EmulatorProcess emulator = EmulatorProcess.jar(JAR, args)) {
			String url = emulator.firstLine();
			first = Files.readString(certificate);
			assertThat(first).startsWith("-----BEGIN CERTIFICATE-----");
			JsonNode registry = json(send(url, "GET", "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID, null, 200));
			assertThat(registry.get("properties").get("name").asString()).isEqualTo("acme");
			assertThat(registry.get("properties").get("hostname").asString()).isEqualTo("127.0.0.1:5000");
			assertThat(emulator.terminate()).isZero();
		}
		assertThat(Files.readString(key)).contains("-----BEGIN PRIVATE KEY-----", first.strip());
		Files.delete(certificate);
		try (EmulatorProcess restarted = EmulatorProcess.jar(JAR, args)) {
			restarted.firstLine();
			assertThat(Files.readString(certificate)).isEqualTo(first);
			assertThat(restarted.terminate()).isZero();
		}
	}

	@Test
	void theSameFailRateAndSeedGiveTheSameFaultsOnTwoRuns() throws Exception {
		List<String> first = outcomesOf40Requests("--fail-rate=0.2", "--seed=7");
		assertThat(outcomesOf40Requests("--fail-rate=0.2", "--seed=7")).isEqualTo(first);
		assertThat(first).contains("201", "503", "dropped");
	}

	private List<String> outcomesOf40Requests(String... faults) throws Exception {
		List<String> command = new ArrayList<>(List.of("--port=0", "--token=" + TOKEN));
		command.addAll(List.of(faults));
		try (EmulatorProcess emulator = EmulatorProcess.jar(JAR, command.toArray(String[]::new))) {
			String url = emulator.firstLine();
			List<String> outcomes = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				outcomes.add(outcome(url, "POST", "{\"properties\":{\"name\":\"token-" + i + "\"}}"));
			}
			assertThat(emulator.terminate()).isZero();
			return outcomes;
		}
	}

	private String outcome(String url, String method, String body) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + TOKENS))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.build();
		try {
			return String.valueOf(this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		catch (IOException ex) {
			return "dropped";
		}
	}

	@Test
	void delaysEveryAnswerByTheLatency() throws Exception {
		try (EmulatorProcess emulator = EmulatorProcess.jar(JAR, "--port=0", "--token=" + TOKEN, "--latency=50ms")) {
			String url = emulator.firstLine();
			send(url, "GET", TOKENS, null, 200);
			long started = System.nanoTime();
			send(url, "GET", TOKENS, null, 200);
			assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(50);
			assertThat(emulator.terminate()).isZero();
		}
	}

	private String send(String url, String method, String path, String body, int expectedStatus)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
		return response.body();
	}

	private static JsonNode json(String body) {
		return JsonMapper.shared().readTree(body);
	}

}
