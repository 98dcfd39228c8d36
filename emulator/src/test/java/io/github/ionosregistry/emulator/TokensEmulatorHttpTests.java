package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client never sends, sent raw: the emulator answers 400 or 401 with an {@code ApiErrorResponse} body,
 * as the service does.
 */
class TokensEmulatorHttpTests {

	private static final String REGISTRY = "/registries/" + TokensEmulator.DEFAULT_REGISTRY_ID + "/tokens";

	private static TokensEmulator emulator;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void start() {
		emulator = TokensEmulator.builder()
			.credentials(new EmulatorCredentials("raw-token", "alice", "wonderland"))
			.start();
	}

	@AfterAll
	static void stop() {
		emulator.stop();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	static Stream<Arguments> badRequests() {
		String created = "{\"properties\":{\"name\":\"ci-push\"}}";
		return Stream.of(
				Arguments.of("GET", "/registries/not-a-uuid/tokens", null, "registryId 'not-a-uuid' is not a UUID"),
				Arguments.of("GET", REGISTRY + "/42", null, "tokenId '42' is not a UUID"),
				Arguments.of("GET", REGISTRY + "?offset=-1", null, "offset must be an integer"),
				Arguments.of("GET", REGISTRY + "?offset=first", null, "offset must be an integer"),
				Arguments.of("GET", REGISTRY + "?limit=0", null, "limit must be an integer from 1 to 1000"),
				Arguments.of("GET", REGISTRY + "?limit=1001", null, "limit must be an integer from 1 to 1000"),
				Arguments.of("POST", REGISTRY, "{\"properties\":{\"name\":\"9lives\"}}", "does not match"),
				Arguments.of("POST", REGISTRY, "{\"properties\":{\"name\":\"bad-\"}}", "does not match"),
				Arguments.of("POST", REGISTRY, "{\"properties\":{}}", "properties.name is required"),
				Arguments.of("POST", REGISTRY, "{}", "properties is required"),
				Arguments.of("POST", REGISTRY, "{\"properties\":{\"name\":\"ok-name\",\"status\":\"paused\"}}",
						"must be 'enabled' or 'disabled'"),
				Arguments.of("POST", REGISTRY, "{\"properties\":{\"name\":\"ok-name\",\"expiryDate\":\"next tuesday\"}}",
						"must be an RFC 3339 date-time"),
				Arguments.of("POST", REGISTRY, "{\"properties\":{\"name\":\"ok-name\",\"scopes\":[{\"name\":\"*\"}]}}",
						"properties.scopes[0].actions is required"),
				Arguments.of("POST", REGISTRY, "{\"properties\": {\"name\": ", "not valid JSON"),
				Arguments.of("POST", REGISTRY, "[1, 2]", "must be a JSON object"),
				Arguments.of("PUT", REGISTRY + "/" + UUID.randomUUID(), "{\"properties\":{\"name\":\"-x\"}}", "does not match"),
				Arguments.of("PATCH", REGISTRY + "/" + UUID.randomUUID(), "{\"status\":\"on\"}", "must be 'enabled' or 'disabled'"),
				Arguments.of("PATCH", REGISTRY + "/" + UUID.randomUUID(), "{\"expiryDate\":12}", "must be an RFC 3339 date-time"));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("badRequests")
	void badRequestsGet400WithAnApiErrorResponse(String method, String path, String body, String message)
			throws Exception {
		HttpResponse<String> response = send(method, path, body, "Bearer raw-token");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode error = JsonMapper.shared().readTree(response.body());
		assertThat(error.get("httpStatus").asInt()).isEqualTo(400);
		assertThat(error.get("messages").get(0).get("errorCode").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(error.get("messages").get(0).get("message").asString()).contains(message);
		assertThat(emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).isEmpty();
	}

	@Test
	void missingOrWrongCredentialsGet401() throws Exception {
		for (String authorization : new String[] { null, "Bearer wrong", "Basic " + basic("alice", "wrong"),
				"Basic " + basic("bob", "wonderland"), "raw-token" }) {
			HttpResponse<String> response = send("GET", REGISTRY, null, authorization);
			assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(JsonMapper.shared().readTree(response.body()).get("httpStatus").asInt()).isEqualTo(401);
		}
	}

	@Test
	void bothKindsOfCredentialsAreAccepted() throws Exception {
		assertThat(send("GET", REGISTRY, null, "Bearer raw-token").statusCode()).isEqualTo(200);
		assertThat(send("GET", REGISTRY, null, "Basic " + basic("alice", "wonderland")).statusCode()).isEqualTo(200);
	}

	@Test
	void unknownMethodIs405() throws Exception {
		assertThat(send("DELETE", REGISTRY, null, "Bearer raw-token").statusCode()).isEqualTo(405);
	}

	@Test
	void deleteAnswers204WithoutBody() throws Exception {
		UUID id = emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, EmulatedToken.named("gone")).id();
		HttpResponse<String> response = send("DELETE", REGISTRY + "/" + id, null, "Bearer raw-token");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void credentialsDoNotShowInToString() {
		assertThat(emulator.credentials().toString()).doesNotContain("raw-token", "wonderland").contains("alice");
	}

	private HttpResponse<String> send(String method, String path, String body, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
	}

}
