package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator as the IONOS tools reach it: at its root (a full base URL, as the Node SDK takes one) and under
 * {@code /containerregistries} (a host, to which the Go SDK appends the path); JSON errors for any path and method;
 * the API's headers only; timestamps in UTC; a {@code Retry-After} on its 503; the registries it serves.
 */
class TokensEmulatorAsIonosToolsSeeItTests {

	private static final UUID REGISTRY_ID = UUID.fromString("0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b");

	private static final String TOKENS = "/registries/" + REGISTRY_ID + "/tokens";

	private static TokensEmulator emulator;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void start() {
		emulator = TokensEmulator.builder()
			.credentials(EmulatorCredentials.token("tool-token"))
			.registry(EmulatedRegistry.named(REGISTRY_ID, "acme-images"))
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

	@ParameterizedTest
	@ValueSource(strings = { "", "/containerregistries" })
	void theApiIsServedAtTheRootAndUnderTheApisPath(String basePath) throws Exception {
		HttpResponse<String> created = send("POST", basePath + TOKENS, "{\"properties\":{\"name\":\"ci-push\"}}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode token = JsonMapper.shared().readTree(created.body());
		String path = basePath + TOKENS + "/" + token.get("id").asString();
		assertThat(token.get("href").asString()).isEqualTo(emulator.apiUrl() + path);
		assertThat(created.headers().firstValue("Location")).hasValue(emulator.apiUrl() + path);
		HttpResponse<String> page = send("GET", basePath + TOKENS, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(page.body()).get("total").asInt()).isOne();
		assertThat(send("DELETE", path, null).statusCode()).isEqualTo(204);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/nothing/here", "/registries", "/containerregistries/tokens",
			"/registries/" + "0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b" + "/repositories" })
	void anUnknownPathIsAJson404(String path) throws Exception {
		HttpResponse<String> response = send("GET", path, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode error = JsonMapper.shared().readTree(response.body());
		assertThat(error.get("httpStatus").asInt()).isEqualTo(404);
		assertThat(error.get("messages").get(0).get("errorCode").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void anUnknownMethodIsAJson405() throws Exception {
		for (String[] request : new String[][] { { "PUT", TOKENS }, { "POST", TOKENS + "/" + UUID.randomUUID() },
				{ "DELETE", "/registries/" + REGISTRY_ID }, { "HEAD", TOKENS } }) {
			HttpResponse<String> response = send(request[0], request[1], null);
			assertThat(response.statusCode()).as(request[0] + " " + request[1]).isEqualTo(405);
			if (!request[0].equals("HEAD")) {
				assertThat(JsonMapper.shared().readTree(response.body()).get("httpStatus").asInt()).isEqualTo(405);
			}
		}
	}

	@Test
	void answersCarryNoWireMockHeaders() throws Exception {
		for (HttpResponse<String> response : new HttpResponse[] { send("GET", TOKENS, null),
				send("GET", "/nowhere", null), send("PUT", TOKENS, null) }) {
			assertThat(response.headers().map().keySet()).noneMatch((name) -> name.toLowerCase().startsWith("matched-stub"));
		}
	}

	@Test
	void everyTimestampIsWrittenInUtc() throws Exception {
		HttpResponse<String> created = send("POST", TOKENS,
				"{\"properties\":{\"name\":\"ci-push\",\"expiryDate\":\"2099-06-01T12:00:00+02:00\"}}");
		JsonNode token = JsonMapper.shared().readTree(created.body());
		assertThat(token.get("properties").get("expiryDate").asString()).isEqualTo("2099-06-01T10:00:00Z");
		assertThat(token.get("metadata").get("createdDate").asString()).endsWith("Z");
		HttpResponse<String> patched = send("PATCH", TOKENS + "/" + token.get("id").asString(),
				"{\"expiryDate\":\"2099-07-01T00:00:00-05:30\"}");
		JsonNode patchedToken = JsonMapper.shared().readTree(patched.body());
		assertThat(patchedToken.get("properties").get("expiryDate").asString()).isEqualTo("2099-07-01T05:30:00Z");
		assertThat(patchedToken.get("metadata").get("lastModifiedDate").asString()).endsWith("Z");
	}

	@Test
	void anInjected503CarriesARetryAfter() throws Exception {
		try (TokensEmulator failing = TokensEmulator.builder()
			.credentials(EmulatorCredentials.token("tool-token"))
			.faults(1.0, 7, EmulatorFault.UNAVAILABLE)
			.start()) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(failing.apiUrl() + TOKENS))
				.header("Authorization", "Bearer tool-token")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/containerregistries" })
	void aNamedRegistryIsServedWithItsHostname(String basePath) throws Exception {
		HttpResponse<String> response = send("GET", basePath + "/registries/" + REGISTRY_ID, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode registry = JsonMapper.shared().readTree(response.body());
		assertThat(registry.get("id").asString()).isEqualTo(REGISTRY_ID.toString());
		assertThat(registry.get("href").asString())
			.isEqualTo(emulator.apiUrl() + basePath + "/registries/" + REGISTRY_ID);
		assertThat(registry.get("properties").get("name").asString()).isEqualTo("acme-images");
		assertThat(registry.get("properties").get("hostname").asString()).isEqualTo("acme-images.cr.ionos.com");
		assertThat(registry.get("properties").get("location").asString()).isEqualTo("de/fra");
		assertThat(registry.get("metadata").get("state").asString()).isEqualTo("Running");
		assertThat(registry.get("properties").get("storageUsage").get("bytes").asLong()).isZero();
	}

	@Test
	void everyOtherRegistryIdNamesARegistryTooAndTestsCanNameIt() throws Exception {
		UUID other = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
		JsonNode registry = JsonMapper.shared().readTree(send("GET", "/registries/" + other, null).body());
		assertThat(registry.get("properties").get("name").asString()).isEqualTo("registry-7c9e6679");
		assertThat(registry.get("properties").get("hostname").asString()).isEqualTo("registry-7c9e6679.cr.ionos.com");
		emulator.nameRegistry(EmulatedRegistry.named(other, "staging"));
		assertThat(JsonMapper.shared().readTree(send("GET", "/registries/" + other, null).body())
			.get("properties").get("hostname").asString()).isEqualTo("staging.cr.ionos.com");
		assertThat(emulator.registry(other).hostname()).isEqualTo("staging.cr.ionos.com");
	}

	private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Bearer tool-token")
			.header("Content-Type", "application/json");
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
