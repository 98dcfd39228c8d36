package io.github.ionosregistry.tokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import io.github.ionosregistry.tokens.internal.http.HttpLimits;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.util.unit.DataSize;

import static io.github.ionosregistry.tokens.HostileServer.trickle;
import static io.github.ionosregistry.tokens.HostileServer.write;
import static io.github.ionosregistry.tokens.HostileServer.writeForever;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servers and proxies that misbehave on purpose, on each HTTP client library the client builds: every call ends
 * within its call-timeout (plus three seconds of slack for a loaded machine) in one {@link IonosRegistryException} that
 * says what happened, reads no more of an answer than it keeps (the server counts what it could write), never quotes a
 * credential in a message, a kept body or a log line, and leaves the client working for the next call.
 * <p>
 * Memory: the module's tests run in a JVM of {@code -Xmx256m} (see the pom), so a client that held an endless answer
 * in memory would fail here with an {@code OutOfMemoryError} within a second or two; the byte counts show how much
 * was read.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
@Timeout(30)
class TokensApiHostileServerTests {

	private static final String TOKEN = "hostile-secret-token-7f3a9c1e5d";

	private static final String USERNAME = "alice@example.com";

	private static final String PASSWORD = "hostile-secret-password-51b2";

	private static final String BASIC = Base64.getEncoder()
		.encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

	private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(800);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration BOUND = CALL_TIMEOUT.plusSeconds(3);

	private static final DataSize MAX_RESPONSE_SIZE = DataSize.ofKilobytes(256);

	/** What a client may read of an endless answer before it lets go: the bound, plus what socket buffers hold. */
	private static final long READ_ALLOWANCE = MAX_RESPONSE_SIZE.toBytes() + DataSize.ofMegabytes(8).toBytes();

	private static HostileServer server;

	@Parameter
	HttpClientLibrary library;

	private LogCapture log;

	private TokensApi api;

	@BeforeAll
	static void startServer() throws IOException {
		server = new HostileServer();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void buildClient() {
		server.reset();
		this.log = LogCapture.trace("io.github.ionosregistry");
		this.api = client(IonosCredentials.token(TOKEN), 50);
	}

	private TokensApi client(IonosCredentials credentials, int maxConnections) {
		return TokensApi.builder()
			.apiUrl(server.url())
			.httpClientLibrary(this.library)
			.credentials(credentials)
			.connectTimeout(Duration.ofSeconds(1))
			.readTimeout(READ_TIMEOUT)
			.attemptTimeout(ATTEMPT_TIMEOUT)
			.callTimeout(CALL_TIMEOUT)
			.maxResponseSize(MAX_RESPONSE_SIZE)
			.maxConnections(maxConnections)
			.retry(RetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)).withMaxDelay(Duration.ofMillis(100)))
			.build();
	}

	@AfterEach
	void theClientWorksAfterwardsAndNothingSecretWasLogged() {
		try {
			server.behave(HostileServer.Behaviour.answer(200, TokenJson.token()));
			assertThat(this.api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
			assertThat(this.log.text()).doesNotContain(TOKEN, PASSWORD, BASIC);
		}
		finally {
			this.log.close();
			this.api.close();
		}
	}

	/** How a call ended. */
	private record Ending(Duration took, @Nullable IonosRegistryException failure) {

		IonosRegistryException failed() {
			assertThat(this.failure).as("the call failed").isNotNull();
			return this.failure;
		}

		String message() {
			return failed().getMessage();
		}

	}

	private static Ending call(Function<TokensApi, ?> call, TokensApi api) {
		long start = System.nanoTime();
		IonosRegistryException failure = null;
		try {
			call.apply(api);
		}
		catch (IonosRegistryException ex) {
			failure = ex;
		}
		Ending ending = new Ending(Duration.ofNanos(System.nanoTime() - start), failure);
		assertThat(ending.took()).as("the call's duration").isLessThan(BOUND);
		if (failure != null) {
			assertNoSecretIn(failure);
			assertThat(failure.getClass()).as("the type a caller sees")
				.isIn(IonosApiException.class, IonosCommunicationException.class);
		}
		return ending;
	}

	private Ending find() {
		return call((api) -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID), this.api);
	}

	private Ending list() {
		return call((api) -> api.registriesTokensGet(REGISTRY_ID), this.api);
	}

	private static void assertNoSecretIn(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN, PASSWORD, BASIC);
			for (Throwable suppressed : t.getSuppressed()) {
				assertNoSecretIn(suppressed);
			}
		}
		if (failure instanceof IonosApiException answer) {
			assertThat(String.valueOf(answer.getResponseBody())).doesNotContain(TOKEN, PASSWORD, BASIC);
			assertThat(answer.getMessages().toString()).doesNotContain(TOKEN, PASSWORD, BASIC);
		}
	}

	private static String head(int status, String... headers) {
		return "HTTP/1.1 " + status + " X\r\n" + String.join("\r\n", headers) + ((headers.length > 0) ? "\r\n" : "")
				+ "\r\n";
	}

	private static String requestAuthorization(String requestHead) {
		return Arrays.stream(requestHead.split("\r\n"))
			.filter((line) -> line.regionMatches(true, 0, "Authorization:", 0, 14))
			.findFirst()
			.orElse("");
	}

	// Deadlines

	@Test
	void aBodyTrickledAByteAtATimeEndsAtTheDeadlines() {
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Content-Length: 1000"));
			trickle(out, "{\"id\":\"" + TOKEN_ID + "\"".repeat(20), Duration.ofMillis(100));
			return false;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosCommunicationException.class);
		assertThat(ending.message()).containsAnyOf("the attempt-timeout of 800ms passed", "the call-timeout of 2s passed");
		assertThat(server.requests()).isBetween(2, 4);
	}

	@Test
	void aHeadArrivingAsTheDeadlinePassesGetsNoBodyReadWithoutADeadline() {
		// Heads sent at moments around the attempt's deadline, each followed by an endless trickled body: whichever
		// comes second, head or deadline, the body's reading ends at the deadline.
		for (long lateBy : new long[] { -20, 0, 20 }) {
			server.behave((request, out) -> {
				Thread.sleep(ATTEMPT_TIMEOUT.toMillis() + lateBy);
				write(out, head(200, "Content-Type: application/json", "Content-Length: 100000"));
				trickle(out, "{\"id\":\"" + TOKEN_ID + "\"".repeat(1000), Duration.ofMillis(50));
				return false;
			});
			Ending ending = find();
			assertThat(ending.failed()).as("head " + lateBy + " ms after the deadline")
				.isInstanceOf(IonosCommunicationException.class);
		}
	}

	@Test
	void aHeadTrickledAByteAtATimeEndsAtTheDeadlines() {
		server.behave((request, out) -> {
			trickle(out, head(200, "Content-Type: application/json", "X-Padding: " + "p".repeat(200)),
					Duration.ofMillis(100));
			return false;
		});
		Ending ending = find();
		assertThat(ending.message()).containsAnyOf("attempt-timeout of 800ms passed", "call-timeout of 2s passed");
	}

	@Test
	void endlessInterimAnswersEndTheCall() {
		server.behave((request, out) -> {
			for (int i = 0; i < 1000; i++) {
				write(out, "HTTP/1.1 102 Processing\r\n\r\n");
				Thread.sleep(100);
			}
			return false;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosCommunicationException.class);
	}

	@Test
	void aServerThatNeverAnswersEndsAtTheDeadlines() {
		server.behave((request, out) -> {
			Thread.sleep(HostileServer.LIFETIME.toMillis());
			return false;
		});
		Ending ending = list();
		assertThat(ending.message()).containsAnyOf("read-timeout", "attempt-timeout", "call-timeout");
		assertThat(server.requests()).isBetween(2, 4);
	}

	@Test
	void aCreateThatHangsIsNotRepeatedAndSaysWhichDeadlinePassed() {
		server.behave((request, out) -> {
			write(out, head(201, "Content-Type: application/json", "Content-Length: 500"));
			trickle(out, "{ \"id\": \"" + TOKEN_ID + "\" ", Duration.ofMillis(100));
			return false;
		});
		Ending ending = call((api) -> api.registriesTokensPost(REGISTRY_ID,
				PostTokenInput.of(PostTokenProperties.named("ci-push"))), this.api);
		assertThat(ending.message()).contains("the attempt-timeout of 800ms passed");
		assertThat(server.requests()).isOne();
	}

	@Test
	void callersWaitingForAPooledConnectionEndWithinTheirDeadlines() throws Exception {
		server.behave((request, out) -> {
			Thread.sleep(HostileServer.LIFETIME.toMillis());
			return false;
		});
		TokensApi twoConnections = client(IonosCredentials.token(TOKEN), 2);
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Ending>> endings = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				endings.add(callers.submit(() -> call((api) -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID),
						twoConnections)));
			}
			for (Future<Ending> ending : endings) {
				assertThat(ending.get().failed()).isInstanceOf(IonosCommunicationException.class);
			}
		}
		finally {
			callers.shutdownNow();
			twoConnections.close();
		}
	}

	@Test
	void twoHundredCallersAgainstASilentServerHoldToMaxConnectionsEndWithinTheirBoundAndLeaveNoThread()
			throws Exception {
		server.behave(HostileServer.Behaviour.SILENT_UNTIL_CLOSED);
		int maxConnections = 10;
		TokensApi limited = client(IonosCredentials.token(TOKEN), maxConnections);
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		ExecutorService callers = Executors.newFixedThreadPool(200);
		try {
			List<Future<Ending>> endings = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				endings.add(callers.submit(() -> call((api) -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID),
						limited)));
			}
			for (Future<Ending> ending : endings) {
				assertThat(ending.get().failed()).isInstanceOf(IonosCommunicationException.class);
			}
		}
		finally {
			callers.shutdownNow();
		}
		// An aborted connection is closed asynchronously, so the server may see a successor connect a moment before
		// its predecessor's close reaches it; HttpClient 5's LAX pool keeps its limit loosely by design. Without a
		// limit, the JDK client opened one connection per caller (200).
		System.out.println(this.library + ": " + server.mostConnectionsOpenAtOnce() + " connections open at once");
		assertThat(server.mostConnectionsOpenAtOnce()).isLessThanOrEqualTo(2 * maxConnections);
		// What stays of the client is documented: neither library keeps a pool of threads for its exchanges.
		Thread.sleep(Duration.ofSeconds(1).toMillis());
		assertThat(newThreads(before)).as("threads of the client after the burst")
			.allMatch((name) -> name.startsWith("HttpClient-") && name.endsWith("-SelectorManager")
					|| name.equals("ionos-registry-deadlines") || name.startsWith("httpclient-dispatch-")
					|| name.startsWith("idle-connection-evictor") || name.startsWith("ionos-registry-http-evictor"));
		limited.close();
	}

	private static List<String> newThreads(Set<Thread> before) {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((thread) -> !before.contains(thread) && thread.isAlive())
			.map(Thread::getName)
			.filter((name) -> !name.startsWith("pool-") && !name.startsWith("hostile-server"))
			.toList();
	}

	// Sizes

	@Test
	void anEndlessListAnswerIsCutAtTheMaxResponseSize() {
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Transfer-Encoding: chunked"));
			write(out, "12\r\n{\"items\":[{\"id\":1}\r\n");
			writeForever(out, ",{\"id\":1}".repeat(1000).getBytes(StandardCharsets.UTF_8), true);
			return false;
		});
		Ending ending = list();
		assertThat(ending.message()).contains("larger than the max-response-size of 256KB");
		assertThat(server.requests()).isOne();
		assertThat(server.bytesWritten()).isLessThan(READ_ALLOWANCE);
	}

	@Test
	void anEndlessHtmlPageIsCutAtTheMaxResponseSize() {
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: text/html"));
			writeForever(out, "<p>hello</p>".repeat(1000).getBytes(StandardCharsets.UTF_8), false);
			return false;
		});
		Ending ending = find();
		assertThat(ending.message()).contains("max-response-size");
		assertThat(server.bytesWritten()).isLessThan(READ_ALLOWANCE);
	}

	@Test
	void aDeclaredLengthOverTheMaxResponseSizeIsRefusedUnread() {
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Content-Length: 104857600"));
			writeForever(out, new byte[64 * 1024], false);
			return false;
		});
		Ending ending = find();
		assertThat(ending.message()).contains("max-response-size of 256KB: its Content-Length is 104857600 bytes");
		assertThat(server.bytesWritten()).isLessThan(READ_ALLOWANCE);
	}

	@Test
	void aHugeStringInTheAnswerIsCut() {
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Transfer-Encoding: chunked"));
			write(out, "9\r\n{\"href\":\"\r\n");
			writeForever(out, "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8), true);
			return false;
		});
		assertThat(find().message()).contains("max-response-size");
		assertThat(server.bytesWritten()).isLessThan(READ_ALLOWANCE);
	}

	@Test
	void aStringLongerThanAnyOfTheApiIsRefused() {
		server.behave(HostileServer.Behaviour.answer(200, "{\"href\":\"" + "a".repeat(100_000) + "\"}"));
		assertThat(find().message()).contains("the answer could not be read (StreamConstraintsException: String value length");
		assertThat(server.requests()).isOne();
	}

	@Test
	void nestingDeeperThanAnyOfTheApiIsRefused() {
		server.behave(HostileServer.Behaviour.answer(200, "{\"extra\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
		assertThat(find().message()).contains("StreamConstraintsException: Document nesting depth");
	}

	@Test
	void aGzipBombIsCutAtTheMaxResponseSize() throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 64; i++) {
				gzip.write(zeros);
			}
		}
		byte[] bomb = compressed.toByteArray();
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Content-Encoding: gzip",
					"Content-Length: " + bomb.length));
			out.write(bomb);
			return true;
		});
		Ending ending = find();
		// Apache HttpClient decompresses, and stops at the bound; the JDK's client does not, and the bytes are no JSON.
		assertThat(ending.message()).containsAnyOf("max-response-size", "the answer could not be read");
		assertThat(server.requests()).isOne();
	}

	@Test
	void anEndlessErrorBodyIsReadOnlyAsFarAsItIsKeptOnEveryAttempt() {
		server.behave((request, out) -> {
			write(out, head(500, "Content-Type: text/html", "Content-Length: 1073741824"));
			writeForever(out, "<p>internal error</p>".repeat(1000).getBytes(StandardCharsets.UTF_8), false);
			return false;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosApiException.class);
		assertThat(((IonosApiException) ending.failed()).getResponseBody()).hasSize(503).startsWith("<p>internal error");
		assertThat(server.requests()).isEqualTo(4);
		assertThat(server.bytesWritten()).isLessThan(4 * READ_ALLOWANCE);
	}

	@Test
	void anEndlessHeaderLineIsRefused() {
		server.behave((request, out) -> {
			write(out, "HTTP/1.1 200 OK\r\nX-Endless: ");
			writeForever(out, "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8), false);
			return false;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosCommunicationException.class);
		assertThat(server.bytesWritten()).isLessThan(READ_ALLOWANCE);
	}

	@Test
	void endlesslyManyHeadersAreRefused() {
		server.behave((request, out) -> {
			write(out, "HTTP/1.1 200 OK\r\n");
			writeForever(out, "X-Header: a\r\n".repeat(1000).getBytes(StandardCharsets.UTF_8), false);
			return false;
		});
		assertThat(find().failed()).isInstanceOf(IonosCommunicationException.class);
		assertThat(server.bytesWritten()).isLessThan(READ_ALLOWANCE);
	}

	// Malformed answers

	@Test
	void anAnswerThatIsNotHttpIsOneFailure() {
		server.behave((request, out) -> {
			write(out, "SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n\r\n");
			return false;
		});
		assertThat(find().failed()).isInstanceOf(IonosCommunicationException.class);
	}

	@Test
	void anAnswerCutOffBeforeItsLengthIsRepeatedForARead() {
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Content-Length: 1000") + "{\"id\":");
			return false;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosCommunicationException.class);
		assertThat(server.requests()).isEqualTo(4);
	}

	@Test
	void anAnswerLongerThanItsDeclaredLengthIsReadToItsLength() {
		String token = TokenJson.token();
		server.behave((request, out) -> {
			write(out, head(200, "Content-Type: application/json", "Content-Length: " + token.length()) + token
					+ "trailing garbage");
			return false;
		});
		assertThat(find().failure()).isNull();
	}

	@Test
	void aCreateAnswerWithoutItsPasswordNamesTheCreatedToken() {
		server.behave(HostileServer.Behaviour.answer(201, TokenJson.token(TOKEN_ID, "ci-push", "")));
		Ending ending = call((api) -> api.registriesTokensPost(REGISTRY_ID,
				PostTokenInput.of(PostTokenProperties.named("ci-push"))), this.api);
		assertThat(ending.message()).contains("created the token with id " + TOKEN_ID)
			.contains("holds no password");
		assertThat(server.requests()).isOne();
	}

	@Test
	void aJsonNullAnswerIsAFailureNamingTheOperationOnEveryOperation() {
		java.util.UUID tokenId = TOKEN_ID;
		Map<String, Function<TokensApi, ?>> operations = new LinkedHashMap<>();
		operations.put("GET /registries/{registryId}/tokens/{tokenId}",
				(api) -> api.registriesTokensFindById(REGISTRY_ID, tokenId));
		operations.put("GET /registries/{registryId}/tokens", (api) -> api.registriesTokensGet(REGISTRY_ID));
		operations.put("POST /registries/{registryId}/tokens", (api) -> api.registriesTokensPost(REGISTRY_ID,
				PostTokenInput.of(PostTokenProperties.named("ci-push"))));
		operations.put("PUT /registries/{registryId}/tokens/{tokenId}", (api) -> api.registriesTokensPut(REGISTRY_ID,
				tokenId, PutTokenInput.of(PostTokenProperties.named("ci-push"))));
		operations.put("PATCH /registries/{registryId}/tokens/{tokenId}",
				(api) -> api.registriesTokensPatch(REGISTRY_ID, tokenId, PatchTokenInput.disable()));
		for (String body : List.of("null", " null ")) {
			server.behave(HostileServer.Behaviour.answer(200, body));
			operations.forEach((operation, call) -> {
				Ending ending = call(call, this.api);
				assertThat(ending.failed()).as(operation).isInstanceOf(IonosCommunicationException.class);
				assertThat(ending.message()).as(operation)
					.contains(operation + " answered 200 with JSON null where ");
			});
		}
		server.behave(HostileServer.Behaviour.answer(200, "{\"type\":\"token\"}"));
		Ending withoutId = call((api) -> api.registriesTokensFindById(REGISTRY_ID, tokenId), this.api);
		assertThat(withoutId.message()).contains("GET /registries/{registryId}/tokens/{tokenId} answered 200 with a "
				+ "token without an id where TokenResponse was expected");
	}

	@Test
	void aRedirectIsNotFollowed() {
		server.behave((request, out) -> {
			write(out, head(302, "Location: http://127.0.0.2:1/steal", "Content-Length: 0"));
			return true;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosApiException.class);
		assertThat(server.requests()).isOne();
	}

	// Retry-After

	@Test
	void aRetryAfterOfAnySizeIsCappedWithoutOverflow() {
		server.behave((request, out) -> {
			write(out, head(503, "Retry-After: 10000000000000000", "Content-Length: 0"));
			return true;
		});
		Ending ending = find();
		assertThat(ending.failed()).isInstanceOf(IonosApiException.class);
		assertThat(server.requests()).isEqualTo(4);
	}

	@Test
	void aRetryAfterDateFarAheadIsCapped() {
		server.behave((request, out) -> {
			write(out, head(429, "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT", "Content-Length: 0"));
			return true;
		});
		assertThat(find().failed()).isInstanceOf(IonosApiException.class);
		assertThat(server.requests()).isEqualTo(4);
	}

	// Echoed secrets

	@Test
	void aProxyPageQuotingTheBearerTokenIsKeptMasked() {
		server.behave((request, out) -> {
			String page = "<html><body><h1>401</h1><pre>" + requestAuthorization(request) + "</pre></body></html>";
			write(out, head(401, "Content-Type: text/html", "Content-Length: " + page.length()) + page);
			return true;
		});
		IonosApiException failure = (IonosApiException) find().failed();
		assertThat(failure.getResponseBody()).contains("Authorization: Bearer ******");
		assertThat(failure.getMessage()).contains("Bearer ******");
	}

	@Test
	void anErrorResponseQuotingTheTokenIsKeptMasked() {
		server.behave((request, out) -> {
			String json = TokenJson.error(400, "BAD_TOKEN", "token " + TOKEN + " is malformed");
			write(out, head(400, "Content-Type: application/json", "Content-Length: " + json.length()) + json);
			return true;
		});
		IonosApiException failure = (IonosApiException) find().failed();
		assertThat(failure.getMessages()).singleElement()
			.satisfies((message) -> assertThat(message.message()).isEqualTo("token ****** is malformed"));
	}

	@Test
	void aPageQuotingBasicCredentialsIsKeptMasked() {
		this.api.close();
		this.api = client(IonosCredentials.usernamePassword(USERNAME, PASSWORD), 50);
		server.behave((request, out) -> {
			String page = requestAuthorization(request) + " decodes to " + USERNAME + ":" + PASSWORD;
			write(out, head(400, "Content-Type: text/plain", "Content-Length: " + page.length()) + page);
			return true;
		});
		IonosApiException failure = (IonosApiException) find().failed();
		assertThat(failure.getResponseBody())
			.isEqualTo("Authorization: Basic ****** decodes to " + USERNAME + ":******");
	}

	@Test
	void aSecretCutOffWhereTheKeptBodyEndsIsMasked() {
		server.behave((request, out) -> {
			String page = "x".repeat(HttpLimits.MAX_ERROR_BODY_BYTES - 10) + "Bearer " + TOKEN + " ".repeat(
					100_000);
			write(out, head(403, "Content-Type: text/plain", "Content-Length: " + page.length()));
			out.write(page.getBytes(StandardCharsets.UTF_8));
			return false;
		});
		IonosApiException failure = (IonosApiException) find().failed();
		assertThat(failure.getResponseBody()).doesNotContain(TOKEN.substring(0, 6));
	}

	@Test
	void aMalformedHeaderQuotingTheTokenIsNotQuoted() {
		server.behave((request, out) -> {
			write(out, "HTTP/1.1 200 OK\r\n" + requestAuthorization(request).replace(":", "") + "\r\n\r\n");
			return false;
		});
		assertThat(find().failed()).isInstanceOf(IonosCommunicationException.class);
	}

	// Errors

	@Test
	void anErrorOfTheHttpClientPassesThroughAndTheClientIsReplaced() {
		int[] built = new int[1];
		TokensApi failingOnce = TokensApi.builder()
			.apiUrl(server.url())
			.credentials(IonosCredentials.token(TOKEN))
			.ownedRequestFactory((options) -> {
				built[0]++;
				org.springframework.http.client.ClientHttpRequestFactory real = this.library
					.create(new RequestFactorySettings(options, MAX_RESPONSE_SIZE.toBytes(), null, null));
				return (uri, method) -> {
					if (built[0] == 1) {
						throw new OutOfMemoryError("simulated: the HTTP client is left unusable");
					}
					return real.createRequest(uri, method);
				};
			})
			.build();
		try {
			server.behave(HostileServer.Behaviour.answer(200, TokenJson.token()));
			org.assertj.core.api.Assertions.assertThatExceptionOfType(OutOfMemoryError.class)
				.isThrownBy(() -> failingOnce.registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
			assertThat(failingOnce.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
			assertThat(built[0]).isEqualTo(2);
		}
		finally {
			failingOnce.close();
		}
	}

	@Test
	void aReadTimeoutOfARequestIsRepeatedAndReportedAsATimeout() {
		server.behave((request, out) -> {
			Thread.sleep(700);
			write(out, head(200, "Content-Length: 2") + "{}");
			return false;
		});
		Ending ending = find();
		assertThat(ending.message()).containsAnyOf("read-timeout", "Read timed out", "attempt-timeout", "call-timeout");
		assertThat(server.requests()).isGreaterThan(1);
	}

}
