package io.github.ionosregistry.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.autoconfigure.connection.ConnectionFailureAnalyzers;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Credentials that change while the application runs, and the places IONOS users keep them: a token file, the
 * IONOS config file with its profiles and endpoints, a provider of the application's own.
 */
@ExtendWith(OutputCaptureExtension.class)
class IonosRegistryCredentialsTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@RegisterExtension
	static final WireMockExtension httpsServer = WireMockExtension.newInstance()
		.options(wireMockConfig().httpDisabled(true)
			.dynamicHttpsPort()
			.keystorePath(resource("tls/localhost.p12"))
			.keystoreType("PKCS12")
			.keystorePassword("test-only")
			.keyManagerPassword("test-only"))
		.build();

	@TempDir
	Path directory;

	private static String resource(String name) {
		return Path.of("src/test/resources", name).toAbsolutePath().toString();
	}

	private static String localhostCertificate() throws Exception {
		return Files.readString(Path.of(resource("tls/localhost.pem")));
	}

	private static void find(AssertableApplicationContext context) {
		context.getBean(TokensApi.class).registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
	}

	private static void assertBearer(WireMockExtension server, int count, String token) {
		server.verify(count, WireMock.getRequestedFor(WireMock.urlEqualTo(pathOn(server)))
			.withHeader("Authorization", equalTo("Bearer " + token)));
	}

	/** The config file's endpoint is a bare host, to which the API's path is appended, as the IONOS SDKs do. */
	private static String pathOn(WireMockExtension server) {
		return (server == httpsServer) ? "/containerregistries" + TOKEN_PATH : TOKEN_PATH;
	}

	@Test
	void aRewrittenTokenFileIsReadOnTheNextCallAndAGoneOneKeepsTheLastToken(CapturedOutput output) throws Exception {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		Path tokenFile = Files.writeString(this.directory.resolve("token"), "first-token\n");
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token-file=" + tokenFile)
			.run((context) -> {
				find(context);
				Files.writeString(tokenFile, "the-rotated-token\n");
				find(context);
				Files.delete(tokenFile);
				find(context);
				find(context);
			});
		assertBearer(server, 1, "first-token");
		assertBearer(server, 3, "the-rotated-token");
		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("Token file " + tokenFile + " does not exist")
				.contains("stays in use")
				.doesNotContain("the-rotated-token"));
	}

	@Test
	void theCurrentProfileVariablePicksTheSecondProfileItsEndpointAndItsTrustedCa() throws Exception {
		httpsServer.stubFor(WireMock.get(pathOn(httpsServer)).willReturn(okJson(TokenJson.token())));
		Path configFile = IonosConfigFiles.twoProfiles(this.directory, "localhost:" + httpsServer.getHttpsPort(),
				localhostCertificate());
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + configFile, "IONOS_CURRENT_PROFILE=staging")
			.run(IonosRegistryCredentialsTests::find);
		assertBearer(httpsServer, 1, "staging-token");
	}

	@Test
	void theProfilePropertyPicksTheProfileToo() throws Exception {
		httpsServer.stubFor(WireMock.get(pathOn(httpsServer)).willReturn(okJson(TokenJson.token())));
		Path configFile = IonosConfigFiles.twoProfiles(this.directory, "localhost:" + httpsServer.getHttpsPort(),
				Base64Pem.encode(localhostCertificate()));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + configFile, "ionos.registry.profile=STAGING",
					"IONOS_CURRENT_PROFILE=prod")
			.run(IonosRegistryCredentialsTests::find);
		assertBearer(httpsServer, 1, "staging-token");
	}

	@Test
	void aTokenPropertyOrVariableWinsOverTheConfigFilesToken() throws Exception {
		httpsServer.stubFor(WireMock.get(pathOn(httpsServer)).willReturn(okJson(TokenJson.token())));
		Path configFile = IonosConfigFiles.twoProfiles(this.directory, "localhost:" + httpsServer.getHttpsPort(),
				localhostCertificate());
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + configFile, "ionos.registry.profile=staging")
			.withPropertyValues("ionos.registry.token=property-token")
			.run(IonosRegistryCredentialsTests::find);
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + configFile, "ionos.registry.profile=staging")
			.withPropertyValues("IONOS_TOKEN=variable-token")
			.run(IonosRegistryCredentialsTests::find);
		assertBearer(httpsServer, 1, "property-token");
		assertBearer(httpsServer, 1, "variable-token");
		assertBearer(httpsServer, 0, "staging-token");
	}

	@Test
	void withoutTheCaTheSelfSignedServerIsRefusedAsATlsFailure() throws Exception {
		httpsServer.stubFor(WireMock.get(pathOn(httpsServer)).willReturn(okJson(TokenJson.token())));
		Path configFile = IonosConfigFiles.twoProfiles(this.directory, "localhost:" + httpsServer.getHttpsPort(), null);
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.config-file=" + configFile, "IONOS_CURRENT_PROFILE=staging")
			.run((context) -> assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> find(context))
				.withMessageContaining("TLS failure")
				.withMessageContaining("https://localhost:" + httpsServer.getHttpsPort()));
		assertThat(httpsServer.getAllServeEvents()).isEmpty();
	}

	@Test
	void anExpiredJwtFailsStartUpNamingTheInstant() {
		Instant expiry = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		String token = Jwts.expiringAt(expiry);
		IonosRegistryTestContexts.runner().withPropertyValues("ionos.registry.token=" + token).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = ConnectionFailureAnalyzers.invalidConfiguration().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.isEqualTo("The IONOS API token from ionos.registry.token expired at " + expiry + ".")
				.doesNotContain(token);
			assertThat(analysis.getAction()).contains("Create a new API token");
		});
	}

	@Test
	void aJwtExpiringInTwoDaysIsWarnedAboutOnceWithoutShowingIt(CapturedOutput output) {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		Instant expiry = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		String token = Jwts.expiringAt(expiry);
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "IONOS_TOKEN=" + token)
			.run((context) -> {
				find(context);
				find(context);
			});
		assertBearer(server, 2, token);
		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("The IONOS API token from IONOS_TOKEN expires at " + expiry));
		assertThat(output.getAll()).doesNotContain(token);
	}

	@Test
	void aJwtFarFromItsExpiryIsNotWarnedAbout(CapturedOutput output) {
		String token = Jwts.expiringAt(Instant.now().plus(30, ChronoUnit.DAYS));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=" + token)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(TokensApi.class));
		assertThat(output.getAll()).doesNotContain("WARN", token);
	}

	@Test
	void aProviderOfTheApplicationIsAskedForEveryRequest() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		AtomicInteger asked = new AtomicInteger();
		IonosCredentialsProvider fromASecretStore = () -> IonosCredentials.token("secret-" + asked.incrementAndGet());
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=unused")
			.withBean(IonosCredentialsProvider.class, () -> fromASecretStore)
			.run((context) -> {
				find(context);
				find(context);
			});
		assertBearer(server, 1, "secret-1");
		assertBearer(server, 1, "secret-2");
	}

	@Test
	void a401ToCredentialsThatChangedMeanwhileIsSentOnceMoreWithTheNewOnes() {
		server.stubFor(WireMock.get(TOKEN_PATH).withHeader("Authorization", equalTo("Bearer old"))
			.willReturn(aResponse().withStatus(401)));
		server.stubFor(WireMock.get(TOKEN_PATH).withHeader("Authorization", equalTo("Bearer new"))
			.willReturn(okJson(TokenJson.token())));
		AtomicInteger asked = new AtomicInteger();
		IonosCredentialsProvider rotatedDuringTheCall = () -> IonosCredentials
			.token((asked.getAndIncrement() == 0) ? "old" : "new");
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl())
			.withBean(IonosCredentialsProvider.class, () -> rotatedDuringTheCall)
			.run(IonosRegistryCredentialsTests::find);
		assertBearer(server, 1, "old");
		assertBearer(server, 1, "new");
		assertThat(server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void a401ToCredentialsThatStayTheSameStands() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(aResponse().withStatus(401)));
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl())
			.withBean(IonosCredentialsProvider.class, () -> IonosCredentialsProvider.of(IonosCredentials.token("old")))
			.run((context) -> assertThatExceptionOfType(IonosApiException.class).isThrownBy(() -> find(context))
				.satisfies((ex) -> assertThat(ex.isUnauthorized()).isTrue()));
		assertThat(server.getAllServeEvents()).hasSize(1);
	}

	/** A PEM certificate base64-encoded, as kubeconfig files keep theirs. */
	private static final class Base64Pem {

		static String encode(String pem) {
			return java.util.Base64.getEncoder().encodeToString(pem.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

	}

}
