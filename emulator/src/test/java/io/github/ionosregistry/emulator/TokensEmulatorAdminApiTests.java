package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * WireMock's admin API and request journal: not there over HTTP and keeping nothing by default; when a test asks,
 * the admin API takes the emulator's credentials and the journal keeps a bounded number of requests.
 */
class TokensEmulatorAdminApiTests {

	private static final String TOKENS = "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID + "/tokens";

	@Test
	void theAdminApiIsNotThereByDefaultNotEvenWithTheEmulatorsCredentials() throws IOException {
		try (TokensEmulator emulator = TokensEmulator.start()) {
			for (String request : List.of("GET /__admin/requests", "GET /__admin/mappings", "POST /__admin/shutdown",
					"POST /__admin/mappings/reset", "GET /__admin/")) {
				for (List<String> headers : List.of(List.<String>of(), List.of("Authorization: Bearer emulator-token"))) {
					RawHttp.Answer answer = send(emulator, request, headers);
					assertThat(answer.status()).as(request + " " + headers).isEqualTo(404);
					assertThat(answer.header("Content-Type")).isEqualTo("application/json");
					assertThat(JsonMapper.shared().readTree(answer.body()).get("messages").get(0).get("errorCode")
						.asString()).isEqualTo("NOT_FOUND");
				}
			}
			assertThat(emulator.wireMock().isRunning()).isTrue();
			assertThat(send(emulator, "GET " + TOKENS, List.of("Authorization: Bearer emulator-token")).status())
				.isEqualTo(200);
		}
	}

	@Test
	void theJournalKeepsNothingByDefault() throws IOException {
		try (TokensEmulator emulator = TokensEmulator.start()) {
			send(emulator, "POST " + TOKENS, List.of("Authorization: Bearer emulator-token"),
					"{\"properties\":{\"name\":\"kept-nowhere\"}}");
			assertThatExceptionOfType(RequestJournalDisabledException.class)
				.isThrownBy(() -> emulator.wireMock().getAllServeEvents());
		}
	}

	@Test
	void theAdminApiAskedForTakesOnlyTheEmulatorsCredentials() throws IOException {
		try (TokensEmulator emulator = TokensEmulator.builder()
			.credentials(new EmulatorCredentials("admin-token", "alice", "wonderland"))
			.adminApi(true)
			.start()) {
			assertThat(send(emulator, "GET /__admin/mappings", List.of()).status()).isEqualTo(401);
			assertThat(send(emulator, "GET /__admin/mappings", List.of("Authorization: Bearer wrong")).status())
				.isEqualTo(401);
			assertThat(send(emulator, "POST /__admin/shutdown", List.of("Authorization: Bearer emulator-token")).status())
				.isEqualTo(401);
			assertThat(emulator.wireMock().isRunning()).isTrue();
			RawHttp.Answer mappings = send(emulator, "GET /__admin/mappings", List.of("Authorization: Bearer admin-token"));
			assertThat(mappings.status()).isEqualTo(200);
			assertThat(JsonMapper.shared().readTree(mappings.body()).get("mappings").size()).isEqualTo(1);
		}
	}

	@Test
	void theJournalAskedForKeepsTheLastRequestsOnly() throws IOException {
		try (TokensEmulator emulator = TokensEmulator.builder().requestJournal(3).start()) {
			for (int i = 0; i < 5; i++) {
				send(emulator, "GET " + TOKENS + "?offset=" + i, List.of("Authorization: Bearer emulator-token"));
			}
			assertThat(emulator.wireMock().getAllServeEvents()).extracting((event) -> event.getRequest().getUrl())
				.containsExactly(TOKENS + "?offset=4", TOKENS + "?offset=3", TOKENS + "?offset=2");
		}
	}

	private static RawHttp.Answer send(TokensEmulator emulator, String request, List<String> headers)
			throws IOException {
		return send(emulator, request, headers, "");
	}

	private static RawHttp.Answer send(TokensEmulator emulator, String request, List<String> headers, String body)
			throws IOException {
		return RawHttp.send(emulator.port(), RawHttp.request(request + " HTTP/1.1", headers,
				body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
