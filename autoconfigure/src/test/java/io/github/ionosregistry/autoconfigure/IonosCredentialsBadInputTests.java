package io.github.ionosregistry.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.autoconfigure.connection.ConnectionFailureAnalyzers;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token files and IONOS config files that cannot be used: each is a start-up failure whose analysis names the file
 * and the problem (never a secret, never an NPE), or documented behaviour.
 */
@ExtendWith(OutputCaptureExtension.class)
class IonosCredentialsBadInputTests {

	private static final String SECRET = "s3cret-in-the-file";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@TempDir
	Path directory;

	private Path configFile(String yaml) {
		return IonosConfigFiles.write(this.directory, yaml);
	}

	private static FailureAnalysis startUpFailure(String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		IonosRegistryTestContexts.runner().withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = analyze(context);
		});
		assertThat(analysis[0]).as("a failure analysis").isNotNull();
		assertThat(analysis[0].getDescription() + analysis[0].getAction()).doesNotContain(SECRET);
		return analysis[0];
	}

	private static FailureAnalysis analyze(AssertableApplicationContext context) {
		for (FailureAnalyzer analyzer : new FailureAnalyzer[] { ConnectionFailureAnalyzers.invalidConfiguration(),
				ConnectionFailureAnalyzers.missingCredentials() }) {
			FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("no analysis for " + context.getStartupFailure());
	}

	@Test
	void malformedYamlIsNamedWithItsPositionButNotItsContent() {
		Path file = configFile("""
				currentProfile: prod
				profiles:
				  - name: prod
				    credentials:
				      token: %s: and: more
				""".formatted(SECRET));
		assertThat(startUpFailure("ionos.registry.config-file=" + file).getDescription())
			.startsWith("The IONOS config file " + file + " is not valid YAML: ")
			.contains("at line 5");
	}

	@Test
	void aTopLevelThatIsNotAMappingIsNotAConfigFile() {
		Path file = configFile("- just\n- a list\n");
		assertThat(startUpFailure("ionos.registry.config-file=" + file).getDescription())
			.isEqualTo("The IONOS config file " + file + " is not an IONOS config file: its top level is not a mapping.");
	}

	@Test
	void profilesThatAreNotAListAreNamed() {
		Path file = configFile("currentProfile: prod\nprofiles: prod\n");
		assertThat(startUpFailure("ionos.registry.config-file=" + file).getDescription())
			.contains("has a 'profiles' in the file that is not a list");
	}

	@Test
	void anUnknownProfileIsNamedWithTheProfilesThereAre() {
		Path file = IonosConfigFiles.twoProfiles(this.directory, "registry.example.com", null);
		FailureAnalysis analysis = startUpFailure("ionos.registry.config-file=" + file, "ionos.registry.profile=qa");
		assertThat(analysis.getDescription())
			.isEqualTo("The IONOS config file " + file + " has no profile named 'qa'; its profiles are ['prod', 'Staging'].");
		assertThat(analysis.getAction()).contains("ionos.registry.profile", "IONOS_CURRENT_PROFILE");
	}

	@Test
	void aProfileWithoutCredentialsLeavesNoneAndSaysSo() {
		Path file = configFile("currentProfile: bare\nprofiles:\n  - name: bare\n    environment: prod\n");
		FailureAnalysis analysis = startUpFailure("ionos.registry.config-file=" + file);
		assertThat(analysis.getDescription()).contains("profile 'bare' of the IONOS config file " + file + " has no credentials");
		assertThat(analysis.getAction()).contains("ionos.registry.token", "IONOS_CURRENT_PROFILE");
	}

	@Test
	void anEnvironmentWithoutTheProductKeepsTheDefaultApiUrl() {
		Path file = configFile("""
				currentProfile: prod
				profiles:
				  - name: prod
				    environment: prod
				    credentials:
				      token: file-token
				environments:
				  - name: prod
				    products:
				      - name: dns
				        endpoints:
				          - name: dns.example.com
				""");
		IonosRegistryTestContexts.runner().withPropertyValues("ionos.registry.config-file=" + file).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(IonosRegistryConnectionDetails.class).getApiUrl())
				.isEqualTo("https://api.ionos.com/containerregistries");
		});
	}

	@Test
	void skipTlsVerifyIsRefused() {
		Path file = configFile(containerRegistryEndpointWith("skipTlsVerify: true"));
		FailureAnalysis analysis = startUpFailure("ionos.registry.config-file=" + file);
		assertThat(analysis.getDescription()).contains("sets skipTlsVerify for the containerregistry endpoint of "
				+ "environment 'prod': this client never turns TLS verification off");
		assertThat(analysis.getAction()).contains("certificateAuthData");
	}

	@Test
	void aCaThatIsNotPemIsRefused() {
		Path file = configFile(containerRegistryEndpointWith("certificateAuthData: not a certificate at all"));
		assertThat(startUpFailure("ionos.registry.config-file=" + file).getDescription())
			.contains("has a certificateAuthData for the containerregistry endpoint of environment 'prod' that is not a "
					+ "PEM certificate");
	}

	@Test
	void aBrokenPemIsRefused() {
		Path file = configFile(containerRegistryEndpointWith("""
				certificateAuthData: |
				              -----BEGIN CERTIFICATE-----
				              bm90IGEgY2VydGlmaWNhdGU=
				              -----END CERTIFICATE-----"""));
		assertThat(startUpFailure("ionos.registry.config-file=" + file).getDescription())
			.contains("cannot be read as PEM certificates");
	}

	/** A profile whose environment has a containerregistry endpoint with one more setting. */
	private static String containerRegistryEndpointWith(String setting) {
		return """
				currentProfile: prod
				profiles:
				  - name: prod
				    environment: prod
				    credentials:
				      token: file-token
				environments:
				  - name: prod
				    products:
				      - name: containerregistry
				        endpoints:
				          - name: registry.example.com
				            %s
				""".formatted(setting);
	}

	@Test
	void aTokenFileThatIsADirectoryIsNamed() {
		FailureAnalysis analysis = startUpFailure("ionos.registry.token-file=" + this.directory);
		assertThat(analysis.getDescription())
			.isEqualTo("ionos.registry.token-file: token file " + this.directory + " is a directory, not a file.");
	}

	@Test
	void anEmptyTokenFileIsNamed() throws Exception {
		Path empty = Files.writeString(this.directory.resolve("token"), " \n");
		assertThat(startUpFailure("ionos.registry.token-file=" + empty).getDescription())
			.isEqualTo("ionos.registry.token-file: token file " + empty + " is empty.");
	}

	@Test
	void aMissingTokenFileIsNamed() {
		Path missing = this.directory.resolve("no-such-token");
		assertThat(startUpFailure("ionos.registry.token-file=" + missing).getDescription())
			.isEqualTo("ionos.registry.token-file: token file " + missing + " does not exist.");
	}

	@Test
	void aJwtWhosePayloadCannotBeReadIsAnOpaqueToken(CapturedOutput output) {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		String token = Jwts.jwt("this is not json");
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=" + token)
			.run((context) -> context.getBean(TokensApi.class).registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))
			.withHeader("Authorization", equalTo("Bearer " + token)));
		assertThat(output.getAll()).doesNotContain("WARN");
	}

	@Test
	void aTokenAndATokenFileBothSetTheTokenWinsAndAWarningSaysSo(CapturedOutput output) {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		Path tokenFile = this.directory.resolve("never-read");
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.token=the-token",
					"ionos.registry.token-file=" + tokenFile)
			.run((context) -> context.getBean(TokensApi.class).registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
		server.verify(1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))
			.withHeader("Authorization", equalTo("Bearer the-token")));
		assertThat(output.getOut()).contains("Both ionos.registry.token and ionos.registry.token-file are set: the token "
				+ "wins and " + tokenFile + " is not read");
	}

}
