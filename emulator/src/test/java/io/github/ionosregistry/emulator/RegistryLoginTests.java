package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.io.ByteArrayInputStream;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's token server, {@code GET /auth/token}, over HTTP: the JWT it signs (claims, header, signature by the
 * certificate it publishes) and each of its refusals.
 */
class RegistryLoginTests {

	private static final UUID REGISTRY = UUID.fromString("11111111-2222-3333-4444-555555555555");

	private static final String SERVICE = "127.0.0.1:5000";

	private static final String PASSWORD = "the-one-time-password";

	private final MutableClock clock = new MutableClock();

	private TokensEmulator emulator;

	@TempDir
	Path directory;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.builder()
			.clock(this.clock)
			.registry(EmulatedRegistry.named(REGISTRY, "acme").withHostname(SERVICE))
			.start();
		this.emulator.seed(REGISTRY, EmulatedToken.named("ci-push",
				EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH)), PASSWORD);
	}

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void anEnabledTokenGetsAJwtTheRegistryCanVerifyWithThePublishedCertificate() throws Exception {
		RawHttp.Answer answer = login("ci-push", PASSWORD, "service=" + SERVICE
				+ "&scope=repository:app/web:pull,push,delete&scope=repository:other/web:pull");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Type")).isEqualTo("application/json");
		JsonNode body = JsonMapper.shared().readTree(answer.body());
		assertThat(body.get("access_token").asString()).isEqualTo(body.get("token").asString());
		assertThat(body.get("expires_in").asInt()).isEqualTo(300);
		Instant issuedAt = OffsetDateTime.parse(body.get("issued_at").asString()).toInstant();
		assertThat(issuedAt).isBetween(Instant.now().minusSeconds(10), Instant.now());

		SignedJWT jwt = SignedJWT.parse(body.get("token").asString());
		X509Certificate certificate = certificate(this.emulator.authCertificatePem());
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
		assertThat(jwt.getHeader().getX509CertChain()).singleElement()
			.satisfies((der) -> assertThat(der.decode()).isEqualTo(certificate.getEncoded()));
		assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) certificate.getPublicKey()))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("ionos-registry-emulator");
		assertThat(claims.getSubject()).isEqualTo("ci-push");
		assertThat(claims.getAudience()).containsExactly(SERVICE);
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(issuedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(5));
		assertThat(claims.getClaim("access"))
			.isEqualTo(List.of(Map.of("type", "repository", "name", "app/web", "actions", List.of("pull", "push"))));
		assertThat(body.get("token").asString() + answer.body()).doesNotContain(PASSWORD);
	}

	@Test
	void noScopeAskedForGivesATokenWithNoAccess() throws Exception {
		RawHttp.Answer answer = login("ci-push", PASSWORD, "service=" + SERVICE);
		assertThat(answer.status()).isEqualTo(200);
		SignedJWT jwt = SignedJWT.parse(JsonMapper.shared().readTree(answer.body()).get("token").asString());
		assertThat(jwt.getJWTClaimsSet().getClaim("access")).isEqualTo(List.of());
	}

	@Test
	void wrongPasswordUnknownDisabledExpiredAndDeletedTokensAreRefused() throws Exception {
		assertRefused(login("ci-push", "wrong", "service=" + SERVICE));
		assertRefused(login("nobody", PASSWORD, "service=" + SERVICE));
		assertRefused(login("ci-push", PASSWORD, "service=elsewhere.example.com"));
		assertRefused(send("GET /auth/token?service=" + SERVICE, List.of()));
		assertRefused(send("GET /auth/token?service=" + SERVICE, List.of("Authorization: Basic !!!")));
		assertRefused(send("GET /auth/token?service=" + SERVICE, List.of("Authorization: Bearer emulator-token")));

		this.emulator.seed(REGISTRY, EmulatedToken.named("paused").withStatus(EmulatedStatus.DISABLED), "paused-password");
		assertRefused(login("paused", "paused-password", "service=" + SERVICE));

		this.emulator.seed(REGISTRY,
				EmulatedToken.named("short-lived").withExpiryDate(OffsetDateTime.now(this.clock).plusHours(2)), "short");
		assertThat(login("short-lived", "short", "service=" + SERVICE).status()).isEqualTo(200);
		this.clock.advance(Duration.ofHours(2));
		assertRefused(login("short-lived", "short", "service=" + SERVICE));

		UUID id = this.emulator.token(REGISTRY, "ci-push").orElseThrow().id();
		send("DELETE /registries/" + REGISTRY + "/tokens/" + id, List.of("Authorization: Bearer emulator-token"));
		assertRefused(login("ci-push", PASSWORD, "service=" + SERVICE));
	}

	@Test
	void aRequestWithoutServiceOrWithAMalformedScopeIs400() throws Exception {
		RawHttp.Answer noService = login("ci-push", PASSWORD, "scope=repository:app/web:pull");
		assertThat(noService.status()).isEqualTo(400);
		assertThat(message(noService)).isEqualTo("service is required: the registry's hostname");
		RawHttp.Answer badScope = login("ci-push", PASSWORD, "service=" + SERVICE + "&scope=app/web");
		assertThat(badScope.status()).isEqualTo(400);
		assertThat(message(badScope)).contains("must be type:name:actions");
		assertThat(send("POST /auth/token", List.of()).status()).isEqualTo(405);
	}

	@Test
	void aCreatedTokensPasswordLogsInAndSurvivesARestartWithTheStateAndKeyFiles() throws Exception {
		Path state = this.directory.resolve("state.json");
		Path key = this.directory.resolve("auth-key.pem");
		String certificate;
		String password;
		try (TokensEmulator first = TokensEmulator.builder().stateFile(state).authKey(key)
			.registry(EmulatedRegistry.named(REGISTRY, "acme").withHostname(SERVICE)).start()) {
			RawHttp.Answer created = RawHttp.send(first.port(), RawHttp.request("POST /registries/" + REGISTRY
					+ "/tokens HTTP/1.1", List.of("Authorization: Bearer emulator-token", "Content-Type: application/json"),
					"{\"properties\":{\"name\":\"kept\"}}".getBytes(StandardCharsets.UTF_8)));
			password = JsonMapper.shared().readTree(created.body()).get("properties").get("credentials").get("password")
				.asString();
			certificate = first.authCertificatePem();
		}
		assertThat(Files.readString(state)).doesNotContain(password).contains("passwordSha256");
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
			.isEqualTo("rw-------");
		try (TokensEmulator second = TokensEmulator.builder().stateFile(state).authKey(key)
			.registry(EmulatedRegistry.named(REGISTRY, "acme").withHostname(SERVICE)).start()) {
			assertThat(second.authCertificatePem()).isEqualTo(certificate);
			RawHttp.Answer login = RawHttp.send(second.port(), RawHttp.request("GET /auth/token?service=" + SERVICE
					+ " HTTP/1.1", List.of(basic("kept", password)), new byte[0]));
			assertThat(login.status()).isEqualTo(200);
		}
	}

	private void assertRefused(RawHttp.Answer answer) {
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"ionos-registry-emulator\"");
		assertThat(message(answer)).startsWith("Registry login refused");
	}

	private static String message(RawHttp.Answer answer) {
		return JsonMapper.shared().readTree(answer.body()).get("messages").get(0).get("message").asString();
	}

	private RawHttp.Answer login(String user, String password, String query) throws IOException {
		return send("GET /auth/token?" + query, List.of(basic(user, password)));
	}

	private RawHttp.Answer send(String request, List<String> headers) throws IOException {
		return RawHttp.send(this.emulator.port(), RawHttp.request(request + " HTTP/1.1", headers, new byte[0]));
	}

	private static String basic(String user, String password) {
		return "Authorization: Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static X509Certificate certificate(String pem) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
	}

	/** A clock a test moves forward. */
	private static final class MutableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
