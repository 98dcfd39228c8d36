package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of random requests, and a list of hand-picked malformed ones, to every route of a running emulator:
 * no answer is a 5xx, HTML or a stack trace; every 4xx is the API's JSON error; the emulator serves a valid list
 * afterwards. The random requests come from a seed, printed first: {@code -Demulator.fuzz.seed=N} replays a run.
 */
class TokensEmulatorFuzzTests {

	private static final int RANDOM_REQUESTS = 3000;

	private static final String TOKEN = "fuzz-token";

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private static final String TOKENS = "/registries/" + REGISTRY + "/tokens";

	private static TokensEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = TokensEmulator.builder().credentials(EmulatorCredentials.token(TOKEN)).start();
	}

	@AfterAll
	static void stop() {
		emulator.stop();
	}

	static Stream<Arguments> handPicked() {
		String auth = "Authorization: Bearer " + TOKEN;
		String json = "Content-Type: application/json";
		return Stream.of(
				Arguments.of("GET " + TOKENS + "?offset=%zz HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET " + TOKENS + "?limit=%e2%82 HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET " + TOKENS + "?offset=99999999999999999999 HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET /registries/%zz/tokens HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET /registries/%00/tokens HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET /registries/" + "a".repeat(6_000) + "/tokens HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET /registries/" + "a".repeat(70_000) + "/tokens HTTP/1.1", List.of(auth), "", 414),
				Arguments.of("GET /registries/\u00e9/tokens HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET /registries/{x}|^/tokens HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("G\u0001T " + TOKENS + " HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("GET " + TOKENS + " HTTP/1.1", List.of(auth, "X-Big: " + "b".repeat(64 * 1024)), "", 431),
				Arguments.of("GET " + TOKENS + " HTTP/1.1", List.of(auth, "Bad Header: x"), "", 400),
				Arguments.of("GET " + TOKENS + " HTTP/1.1", List.of("Authorization: Bearer " + "\u00ff".repeat(10)), "",
						401),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json),
						tokenBody("\"expiryDate\": \"+999999999-12-31T23:00:00-05:00\""), 400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json),
						tokenBody("\"expiryDate\": \"9999-12-31T23:00:00-05:00\""), 400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json),
						tokenBody("\"expiryDate\": \"0000-01-01T00:00:00Z\""), 400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json),
						tokenBody("\"scopes\": [{\"name\": \"" + "n".repeat(300) + "\", \"type\": \"repository\", "
								+ "\"actions\": [\"pull\"]}]"), 400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json),
						"[".repeat(5000) + "]".repeat(5000), 400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json),
						"{\"properties\": {\"name\": \"deep\", \"x\": " + "{\"a\":".repeat(100) + "1"
								+ "}".repeat(100) + "}}", 400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json), "{\"properties\": \"\u00ff\u00fe\"}",
						400),
				Arguments.of("POST " + TOKENS + " HTTP/1.1", List.of(auth, json), "x".repeat(100_000), 413),
				Arguments.of("PATCH " + TOKENS + "/" + UUID.randomUUID() + " HTTP/1.1", List.of(auth, json),
						"{\"expiryDate\": \"-1000000-01-01T00:00:00Z\"}", 400),
				Arguments.of("GET /__admin/requests HTTP/1.1", List.of(), "", 404),
				Arguments.of("GET /__admin/mappings HTTP/1.1", List.of(auth), "", 404),
				Arguments.of("POST /__admin/shutdown HTTP/1.1", List.of(), "", 404),
				Arguments.of("GET /../../etc/passwd HTTP/1.1", List.of(auth), "", 400),
				Arguments.of("TRACE " + TOKENS + " HTTP/1.1", List.of(auth), "", 405),
				Arguments.of("BREW " + TOKENS + " HTTP/1.1", List.of(auth), "", 405));
	}

	@ParameterizedTest(name = "[{index}] {3}")
	@MethodSource("handPicked")
	void aHandPickedMalformedRequestGetsTheApisJsonError(String requestLine, List<String> headers, String body,
			int status) throws IOException {
		RawHttp.Answer answer = RawHttp.send(emulator.port(),
				RawHttp.request(requestLine, headers, body.getBytes(StandardCharsets.UTF_8)));
		String description = RandomRequests.shortened(requestLine);
		assertWellFormed(answer, description, false);
		assertThat(answer.status()).as(description).isEqualTo(status);
		assertServesAList();
	}

	@Test
	void anHttpVersionTheServerDoesNotSpeakGets505WithTheJsonError() throws IOException {
		RawHttp.Answer answer = RawHttp.send(emulator.port(),
				RawHttp.request("GET " + TOKENS + " HTTP/9.9", List.of(), new byte[0]));
		assertThat(answer.status()).isEqualTo(505);
		assertThat(answer.header("Content-Type")).isEqualTo("application/json");
		assertThat(JsonMapper.shared().readTree(answer.body()).get("httpStatus").asInt()).isEqualTo(505);
	}

	@Test
	void randomRequestsToEveryRouteGetWellFormedAnswers() throws IOException {
		long seed = Long.getLong("emulator.fuzz.seed", new Random().nextLong());
		System.out.println("emulator fuzz seed: " + seed + " (replay: -Demulator.fuzz.seed=" + seed + ")");
		RandomRequests requests = new RandomRequests(new Random(seed), TOKEN, REGISTRY);
		for (int i = 0; i < RANDOM_REQUESTS; i++) {
			RandomRequests.Request request = requests.next();
			RawHttp.Answer answer;
			try {
				answer = RawHttp.send(emulator.port(), request.bytes());
			}
			catch (IOException ex) {
				fail("seed " + seed + ", request " + i + " got no answer (" + ex.getMessage() + "): "
						+ request.description());
				return;
			}
			assertWellFormed(answer, "seed " + seed + ", request " + i + ": " + request.description(),
					request.description().startsWith("HEAD "));
		}
		assertServesAList();
	}

	private static void assertWellFormed(RawHttp.Answer answer, String request, boolean head) {
		String said = request + " -> " + answer.status() + " " + answer.headers() + " "
				+ RandomRequests.shortened(answer.body());
		assertThat(answer.status()).as(said).isBetween(200, 499);
		assertThat(answer.body()).as(said).doesNotContainIgnoringCase("<html").doesNotContain("Exception", "\tat ");
		if (answer.status() >= 400) {
			assertThat(answer.header("Content-Type")).as(said).startsWith("application/json");
			if (head) {
				return;
			}
			JsonNode error = JsonMapper.shared().readTree(answer.body());
			assertThat(error.path("httpStatus").asInt()).as(said).isEqualTo(answer.status());
			assertThat(error.path("messages").path(0).path("errorCode").asString()).as(said).isNotBlank();
			assertThat(error.path("messages").path(0).path("message").asString()).as(said).isNotBlank();
		}
	}

	private static void assertServesAList() throws IOException {
		RawHttp.Answer list = RawHttp.send(emulator.port(),
				RawHttp.request("GET " + TOKENS + "?limit=1000 HTTP/1.1", List.of("Authorization: Bearer " + TOKEN),
						new byte[0]));
		assertThat(list.status()).isEqualTo(200);
		JsonNode page = JsonMapper.shared().readTree(list.body());
		assertThat(page.get("items").isArray()).isTrue();
		assertThat(page.get("count").asInt()).isEqualTo(page.get("items").size());
	}

	private static String tokenBody(String property) {
		return "{\"properties\": {\"name\": \"n" + UUID.randomUUID().toString().substring(0, 8) + "\", " + property
				+ "}}";
	}

	/** What a list of reasons does not catch: requests drawn at random from every part of the API's grammar. */
	static final class RandomRequests {

		private static final String[] METHODS = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
				"CONNECT", "FOO", "get" };

		private static final String[] DATES = { "2099-01-01T00:00:00Z", "2099-01-01T00:00:00", "2000-01-01T00:00:00Z",
				"+999999999-12-31T23:00:00-05:00", "-999999999-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00",
				"0001-01-01T00:00:00+18:00", "2099-02-30T00:00:00Z", "2099-01-01", "now", "", "2099-01-01T00:00:00.123456789Z" };

		private final Random random;

		private final String token;

		private final UUID registry;

		private final List<String> tokenIds = new ArrayList<>();

		RandomRequests(Random random, String token, UUID registry) {
			this.random = random;
			this.token = token;
			this.registry = registry;
			for (int i = 0; i < 5; i++) {
				this.tokenIds.add(new UUID(random.nextLong(), random.nextLong()).toString());
			}
		}

		record Request(byte[] bytes, String description) {
		}

		Request next() {
			String method = pick(METHODS);
			String target = path() + query();
			List<String> headers = headers();
			byte[] body = (this.random.nextInt(3) > 0) ? body() : new byte[0];
			String requestLine = method + " " + target + " HTTP/1.1";
			String description = shortened(requestLine) + " " + shortened(headers.toString()) + " "
					+ shortened(new String(body, StandardCharsets.UTF_8));
			return new Request(RawHttp.request(requestLine, headers, body), description);
		}

		static String shortened(String text) {
			return (text.length() <= 200) ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
		}

		private String path() {
			String registryId = (this.random.nextInt(5) > 0) ? this.registry.toString() : segment();
			String tokenId = (this.random.nextInt(4) > 0) ? pick(this.tokenIds.toArray(String[]::new)) : segment();
			String prefix = this.random.nextBoolean() ? "" : "/containerregistries";
			return prefix + switch (this.random.nextInt(8)) {
				case 0 -> "/registries/" + registryId;
				case 1, 2 -> "/registries/" + registryId + "/tokens";
				case 3, 4, 5 -> "/registries/" + registryId + "/tokens/" + tokenId;
				case 6 -> "/__admin/" + pick(new String[] { "requests", "mappings", "shutdown", "settings", "reset" });
				default -> "/" + segment() + "/" + segment();
			};
		}

		private String segment() {
			return switch (this.random.nextInt(8)) {
				case 0 -> "";
				case 1 -> "%" + (char) ('a' + this.random.nextInt(26)) + (char) ('a' + this.random.nextInt(26));
				case 2 -> "..";
				case 3 -> "%2F%2e%2e%00";
				case 4 -> "x".repeat(this.random.nextInt(3000));
				case 5 -> UUID.randomUUID().toString().toUpperCase();
				case 6 -> printable(this.random.nextInt(20)).replace(" ", "%20");
				default -> Integer.toString(this.random.nextInt());
			};
		}

		private String query() {
			if (this.random.nextBoolean()) {
				return "";
			}
			StringBuilder query = new StringBuilder("?");
			for (int i = this.random.nextInt(4); i >= 0; i--) {
				query.append(pick(new String[] { "offset", "limit", "maxResults", "filter.name", "%zz", "" }))
					.append(this.random.nextBoolean() ? "=" : "")
					.append(pick(new String[] { "0", "-1", "1000", "1001", "2147483648", "abc", "%zz", "%e2%82",
							"%ff", "", "1e3" }))
					.append('&');
			}
			return query.toString();
		}

		private List<String> headers() {
			List<String> headers = new ArrayList<>();
			switch (this.random.nextInt(6)) {
				case 0 -> {
				}
				case 1 -> headers.add("Authorization: " + printable(this.random.nextInt(40)));
				case 2 -> headers.add("Authorization: Basic " + printable(12));
				default -> headers.add("Authorization: Bearer " + this.token);
			}
			if (this.random.nextInt(3) > 0) {
				headers.add("Content-Type: " + pick(new String[] { "application/json", "text/plain",
						"application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "" }));
			}
			if (this.random.nextInt(4) == 0) {
				headers.add(pick(new String[] { "X-Contract-Number", "Accept", "Accept-Encoding", "Expect", "Range",
						"If-None-Match", "X-Forwarded-For" }) + ": " + printable(this.random.nextInt(30)));
			}
			return headers;
		}

		private byte[] body() {
			return switch (this.random.nextInt(6)) {
				case 0 -> randomBytes(this.random.nextInt(200));
				case 1 -> printable(this.random.nextInt(200)).getBytes(StandardCharsets.UTF_8);
				default -> tokenJson().getBytes(StandardCharsets.UTF_8);
			};
		}

		private String tokenJson() {
			List<String> properties = new ArrayList<>();
			if (this.random.nextInt(5) > 0) {
				properties.add("\"name\": " + jsonValue(pick(new String[] { "\"ci-" + this.random.nextInt(1000) + "\"",
						"\"-bad\"", "\"" + "n".repeat(70) + "\"", "null", "42" })));
			}
			if (this.random.nextBoolean()) {
				properties.add("\"status\": " + jsonValue(pick(new String[] { "\"enabled\"", "\"disabled\"", "\"on\"",
						"null", "true" })));
			}
			if (this.random.nextBoolean()) {
				properties.add("\"expiryDate\": " + jsonValue("\"" + pick(DATES) + "\""));
			}
			if (this.random.nextBoolean()) {
				properties.add("\"scopes\": " + scopes());
			}
			String inner = "{" + String.join(", ", properties) + "}";
			return this.random.nextBoolean() ? "{\"properties\": " + inner + "}" : inner;
		}

		private String scopes() {
			List<String> scopes = new ArrayList<>();
			for (int i = this.random.nextInt(4); i > 0; i--) {
				scopes.add("{\"name\": " + jsonValue("\"app/" + printable(this.random.nextInt(10)).replace("\"", "")
						.replace("\\", "") + "\"") + ", \"type\": \"repository\", \"actions\": "
						+ pick(new String[] { "[\"pull\"]", "[\"pull\", \"push\"]", "[]", "null", "[1]", "\"pull\"" })
						+ "}");
			}
			return this.random.nextInt(6) == 0 ? "{}" : "[" + String.join(", ", scopes) + "]";
		}

		private String jsonValue(String value) {
			return (this.random.nextInt(10) == 0) ? "[" + value + "]" : value;
		}

		private String printable(int length) {
			StringBuilder text = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				text.append((char) (0x20 + this.random.nextInt(0x5f)));
			}
			return text.toString();
		}

		private byte[] randomBytes(int length) {
			byte[] bytes = new byte[length];
			this.random.nextBytes(bytes);
			return bytes;
		}

		private String pick(String[] values) {
			return values[this.random.nextInt(values.length)];
		}

	}

}
