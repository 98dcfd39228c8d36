package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's fault mode: seeded and reproducible; a lost answer is lost after the change was made.
 */
class TokensEmulatorFaultTests {

	private static final String TOKENS = "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID + "/tokens";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void theSameSeedGivesTheSameFaultsOnTwoRuns() throws Exception {
		List<String> first = outcomesOf60Requests(0.2, 7);
		List<String> second = outcomesOf60Requests(0.2, 7);
		assertThat(first).isEqualTo(second);
		assertThat(first).contains("503", "connection dropped").contains("201");
		assertThat(first.stream().filter((outcome) -> !outcome.equals("201") && !outcome.equals("200")).count())
			.isBetween(5L, 25L);
		assertThat(outcomesOf60Requests(0.2, 8)).isNotEqualTo(first);
	}

	private List<String> outcomesOf60Requests(double rate, long seed) throws Exception {
		try (TokensEmulator emulator = TokensEmulator.builder().faults(rate, seed).start()) {
			List<String> outcomes = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				outcomes.add(outcome(emulator, "POST", TOKENS, "{\"properties\":{\"name\":\"token-" + i + "\"}}"));
				outcomes.add(outcome(emulator, "GET", TOKENS, null));
			}
			return outcomes;
		}
	}

	@Test
	void aLostAnswerIsLostAfterTheChangeWasMade() throws Exception {
		try (TokensEmulator emulator = TokensEmulator.builder().faults(1, 1, EmulatorFault.ANSWER_LOST).start()) {
			assertThat(outcome(emulator, "POST", TOKENS, "{\"properties\":{\"name\":\"made-anyway\"}}"))
				.isEqualTo("connection dropped");
			assertThat(emulator.token(TokensEmulator.DEFAULT_REGISTRY_ID, "made-anyway")).isPresent();
			assertThat(emulator.injectedFaults()).isEqualTo(Map.of(EmulatorFault.ANSWER_LOST, 1));
		}
	}

	@Test
	void unavailableAndDroppedRequestsChangeNothing() throws Exception {
		try (TokensEmulator emulator = TokensEmulator.builder()
			.faults(1, 1, EmulatorFault.UNAVAILABLE, EmulatorFault.CONNECTION_DROPPED)
			.start()) {
			for (int i = 0; i < 10; i++) {
				assertThat(outcome(emulator, "POST", TOKENS, "{\"properties\":{\"name\":\"never-" + i + "\"}}"))
					.isIn("503", "connection dropped");
			}
			assertThat(emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).isEmpty();
		}
	}

	@Test
	void registryLoginsNeverMeetTheApisFaults() throws Exception {
		try (TokensEmulator emulator = TokensEmulator.builder().faults(1, 3).start()) {
			emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID,
					EmulatedToken.named("ci-pull", EmulatedScope.repository("app/*", EmulatedScope.PULL)), "pull-password");
			assertThat(outcome(emulator, "GET", TOKENS, null)).isIn("503", "connection dropped");
			HttpRequest login = HttpRequest.newBuilder(URI.create(emulator.authRealm()
					+ "?service=registry-0b0e5f5a.cr.ionos.com&scope=repository:app/web:pull"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString("ci-pull:pull-password".getBytes(StandardCharsets.UTF_8)))
				.build();
			for (int i = 0; i < 20; i++) {
				assertThat(this.http.send(login, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
			}
		}
	}

	@Test
	void theStateFileIsReplacedWholeAndNeverHoldsAPassword(@TempDir Path directory) throws Exception {
		Path state = directory.resolve("tokens.json");
		String password;
		try (TokensEmulator emulator = TokensEmulator.builder().stateFile(state).start()) {
			HttpResponse<String> created = send(emulator, "POST", TOKENS, "{\"properties\":{\"name\":\"saved\"}}");
			password = created.body().replaceAll(".*\"password\":\"([^\"]+)\".*", "$1");
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		}
		try (var files = Files.list(directory)) {
			// No temporary file left: the state file, and the lock its users take turns with.
			assertThat(files).containsExactlyInAnyOrder(state, directory.resolve(".tokens.json.lock"));
		}
		assertThat(Files.readString(state)).contains("\"saved\"").doesNotContain(password);
		try (TokensEmulator restarted = TokensEmulator.builder().stateFile(state).start()) {
			assertThat(restarted.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).extracting(EmulatedToken::name)
				.containsExactly("saved");
		}
	}

	@Test
	void emulatorsOfSeveralProcessesOnOneStateFileKeepEachOthersChanges(@TempDir Path directory) throws Exception {
		Path state = directory.resolve("tokens.json");
		try (TokensEmulator first = TokensEmulator.builder().stateFile(state).start();
				TokensEmulator second = TokensEmulator.builder().stateFile(state).start()) {
			List<Thread> creators = new ArrayList<>();
			List<String> outcomes = new CopyOnWriteArrayList<>();
			for (int i = 0; i < 8; i++) {
				TokensEmulator emulator = (i % 2 == 0) ? first : second;
				String name = "made-by-" + i;
				Thread creator = new Thread(() -> outcomes.add(outcome(emulator, "POST", TOKENS,
						"{\"properties\":{\"name\":\"" + name + "\"}}")));
				creator.start();
				creators.add(creator);
			}
			for (Thread creator : creators) {
				creator.join();
			}
			assertThat(outcomes).hasSize(8).containsOnly("201");
			for (TokensEmulator emulator : List.of(first, second)) {
				String listed = send(emulator, "GET", TOKENS + "?limit=100", null).body();
				for (int i = 0; i < 8; i++) {
					assertThat(listed).contains("\"made-by-" + i + "\"");
				}
			}
		}
		try (TokensEmulator restarted = TokensEmulator.builder().stateFile(state).start()) {
			assertThat(restarted.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).hasSize(8);
		}
	}

	private String outcome(TokensEmulator emulator, String method, String path, String body) {
		try {
			return String.valueOf(send(emulator, method, path, body).statusCode());
		}
		catch (IOException ex) {
			return "connection dropped";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(TokensEmulator emulator, String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Bearer " + EmulatorCredentials.DEFAULT_TOKEN)
			.header("Content-Type", "application/json")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
