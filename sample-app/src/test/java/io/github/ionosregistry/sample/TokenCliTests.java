package io.github.ionosregistry.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ionosregistry.test.AutoConfigureIonosRegistryEmulator;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command of the sample against the emulator, checked by its output and by the emulator's state.
 */
@SpringBootTest(properties = { "sample.cli.enabled=false", "sample.local-emulator=false" })
@AutoConfigureIonosRegistryEmulator(requestJournal = 1000)
class TokenCliTests {

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private static final String HOSTNAME = "registry-0b0e5f5a.cr.ionos.com";

	private static final Pattern PASSWORD = Pattern.compile("one-time password:  (\\S+)");

	@Autowired
	private TokenCli cli;

	@Autowired
	private TokensEmulator emulator;

	private int exitCode;

	private String errors;

	/** Runs a command: its standard output, with its standard error in {@link #errors}. */
	private String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		this.exitCode = this.cli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args);
		this.errors = err.toString(StandardCharsets.UTF_8);
		return out.toString(StandardCharsets.UTF_8);
	}

	private EmulatedToken seed(String name, EmulatedScope... scopes) {
		return this.emulator.seed(REGISTRY, EmulatedToken.named(name, scopes));
	}

	@Test
	void listShowsATable() {
		EmulatedToken push = seed("ci-push", EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH));
		EmulatedToken pull = this.emulator.seed(REGISTRY, EmulatedToken.named("ci-pull", EmulatedScope.repository("*", EmulatedScope.PULL))
			.withStatus(EmulatedStatus.DISABLED)
			.withExpiryDate(OffsetDateTime.of(2027, 1, 31, 0, 0, 0, 0, ZoneOffset.UTC)));
		String output = run("list");
		assertThat(this.exitCode).isZero();
		assertThat(output.lines().toList()).containsExactly(
				"ID                                    NAME     STATUS    EXPIRES               SCOPES",
				push.id() + "  ci-push  enabled   never                 repository:app/*:pull,push",
				pull.id() + "  ci-pull  disabled  2027-01-31T00:00:00Z  repository:*:pull");
	}

	@Test
	void springPropertyArgumentsAreNotCommands() {
		assertThat(run("--ionos.registry.registry-id=" + REGISTRY, "list", "--logging.level.root=INFO"))
			.isEqualTo("(no tokens)\n");
		assertThat(this.exitCode).isZero();
	}

	@Test
	void optionsMayBeWrittenWithAnEqualsSign() {
		run("create", "ci-push", "--expires=2030-01-01", "--scope=repository:app:pull");
		EmulatedToken created = this.emulator.token(REGISTRY, "ci-push").orElseThrow();
		assertThat(created.expiryDate()).isEqualTo(OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
		assertThat(created.scopes()).containsExactly(EmulatedScope.repository("app", EmulatedScope.PULL));
	}

	@Test
	void listOfAnEmptyRegistrySaysSo() {
		assertThat(run("list")).isEqualTo("(no tokens)\n");
	}

	@Test
	void showPrintsTheFields() {
		EmulatedToken token = seed("ci-push", EmulatedScope.repository("app", EmulatedScope.PULL));
		String output = run("show", token.id().toString());
		assertThat(this.exitCode).isZero();
		assertThat(output).contains("id:       " + token.id(), "name:     ci-push", "status:   enabled",
				"expires:  never", "scopes:   repository:app:pull").doesNotContain("state:");
	}

	@Test
	void createPrintsIdAndOneTimePasswordOnce() {
		String output = run("create", "ci-push", "--expires", "30d", "--scope", "repository:app/*:pull,push", "--scope",
				"repository:charts:pull");
		assertThat(this.exitCode).isZero();
		EmulatedToken created = this.emulator.token(REGISTRY, "ci-push").orElseThrow();
		assertThat(output).startsWith("Created token ci-push (id " + created.id() + ")\n");
		assertThat(passwords(output)).hasSize(1).allSatisfy((password) -> assertThat(password).hasSize(32));
		assertThat(created.scopes()).containsExactly(EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH),
				EmulatedScope.repository("charts", EmulatedScope.PULL));
		assertThat(created.expiryDate()).isAfter(OffsetDateTime.now().plusDays(29));
		assertCreatedSafelyWithPut();
	}

	/** The safe create: PUT under an id the client chose, never a POST. */
	private void assertCreatedSafelyWithPut() {
		this.emulator.wireMock()
			.verify(1, WireMock.putRequestedFor(WireMock.urlPathMatching("/registries/" + REGISTRY + "/tokens/[0-9a-f-]{36}")));
		this.emulator.wireMock().verify(0, WireMock.postRequestedFor(WireMock.anyUrl()));
	}

	@Test
	void createWithAMalformedScopeIsAUsageErrorAndMakesNothing() {
		assertThat(run("create", "ci-push", "--scope", "repository-pull")).isEmpty();
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
		assertThat(this.errors.lines()).containsExactly(
				"Error: scope 'repository-pull' must look like type:name:actions, such as repository:app/*:pull,push",
				"Usage: create <name> --scope <type>:<name>:<actions>... [--expires <when>] [--docker-config <file>]");
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
	}

	@Test
	void scopeWordsIonosDoesNotDocumentAreRefusedWithTheNearestAndMakeNothing() {
		run("create", "ci-push", "--scope", "repository:app/*:pull,pish");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
		assertThat(this.errors).startsWith("Error: scope 'repository:app/*:pull,pish' action 'pish' is not a word the "
				+ "client knows: did you mean 'push'?");
		run("create", "ci-push", "--scope", "repositry:app/*:pull");
		assertThat(this.errors).startsWith("Error: scope 'repositry:app/*:pull' type 'repositry' is not a word the "
				+ "client knows: did you mean 'repository'?");
		run("create", "ci-push");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
		assertThat(this.errors).startsWith("Error: create needs at least one --scope: a token without scopes can do "
				+ "nothing (--no-scopes makes one anyway)");
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
		assertThat(run("create", "ci-push", "--no-scopes")).startsWith("Created token ci-push");
		assertThat(this.emulator.token(REGISTRY, "ci-push").orElseThrow().scopes()).isEmpty();
	}

	@Test
	void aDockerConfigThatCannotTakeTheTokenIsRefusedBeforeTheTokenIsMade(@TempDir Path directory) throws Exception {
		Path broken = Files.writeString(directory.resolve("config.json"), "{\"auths\": 5");
		assertThat(run("create", "ci-push", "--scope", "repository:app:pull", "--docker-config", broken.toString()))
			.isEmpty();
		assertThat(this.exitCode).isEqualTo(TokenCli.REFUSED);
		assertThat(this.errors).startsWith("Error: The file " + broken + " is not a Docker config file");
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
		assertThat(Files.readString(broken)).isEqualTo("{\"auths\": 5");
		seed("ci-push", EmulatedScope.repository("app", EmulatedScope.PUSH));
		run("rotate", "ci-push", "--docker-config", broken.toString());
		assertThat(this.exitCode).isEqualTo(TokenCli.REFUSED);
		assertThat(this.emulator.tokens(REGISTRY)).extracting(EmulatedToken::name).containsExactly("ci-push");
	}

	@Test
	void createRefusedByTheServiceIsAnError() {
		seed("ci-push");
		run("create", "ci-push", "--scope", "repository:app:pull");
		assertThat(this.exitCode).isEqualTo(TokenCli.REFUSED);
		assertThat(this.errors).startsWith("Error: a token named ci-push exists in registry " + REGISTRY + " (id ")
			.doesNotContain("PUT").doesNotContain("409");
		assertThat(this.emulator.tokens(REGISTRY)).hasSize(1);
	}

	@Test
	void disableAndEnableSwitchTheStatus() {
		EmulatedToken token = seed("ci-push");
		assertThat(run("disable", token.id().toString())).isEqualTo("Disabled token ci-push (id " + token.id() + ")\n");
		assertThat(this.emulator.tokens(REGISTRY).get(0).status()).isEqualTo(EmulatedStatus.DISABLED);
		assertThat(run("enable", token.id().toString())).isEqualTo("Enabled token ci-push (id " + token.id() + ")\n");
		assertThat(this.emulator.tokens(REGISTRY).get(0).status()).isEqualTo(EmulatedStatus.ENABLED);
	}

	@Test
	void replaceCreatesThenReplaces() {
		UUID id = UUID.randomUUID();
		String created = run("replace", id.toString(), "deploy", "--scope", "repository:*:pull");
		assertThat(created).startsWith("Created token deploy (id " + id + ")\n");
		assertThat(passwords(created)).hasSize(1);
		String replaced = run("replace", id.toString(), "deploy", "--expires", "2030-01-01", "--scope",
				"repository:web:pull,push");
		assertThat(replaced).isEqualTo("Replaced token deploy (id " + id + ")\n");
		EmulatedToken token = this.emulator.tokens(REGISTRY).get(0);
		assertThat(token.scopes()).containsExactly(EmulatedScope.repository("web", EmulatedScope.PULL, EmulatedScope.PUSH));
		assertThat(token.expiryDate()).isEqualTo(OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
	}

	@Test
	void replaceKeepsWhatItIsNotToldToChange() {
		OffsetDateTime expiry = OffsetDateTime.of(2031, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
		EmulatedToken token = this.emulator.seed(REGISTRY,
				EmulatedToken.named("deploy", EmulatedScope.repository("web", EmulatedScope.PULL))
					.withExpiryDate(expiry)
					.withStatus(EmulatedStatus.DISABLED));
		assertThat(run("replace", token.id().toString(), "deploy", "--scope", "repository:api:pull"))
			.isEqualTo("Replaced token deploy (id " + token.id() + ")\n");
		EmulatedToken replaced = this.emulator.tokens(REGISTRY).get(0);
		assertThat(replaced.expiryDate()).isEqualTo(expiry);
		assertThat(replaced.status()).isEqualTo(EmulatedStatus.DISABLED);
		assertThat(replaced.scopes()).containsExactly(EmulatedScope.repository("api", EmulatedScope.PULL));
		run("replace", token.id().toString(), "deploy", "--expires", "never");
		EmulatedToken cleared = this.emulator.tokens(REGISTRY).get(0);
		assertThat(cleared.expiryDate()).isNull();
		assertThat(cleared.scopes()).containsExactly(EmulatedScope.repository("api", EmulatedScope.PULL));
	}

	@Test
	void deleteRemovesTheToken() {
		EmulatedToken token = seed("ci-push");
		assertThat(run("delete", token.id().toString())).isEqualTo("Deleted token " + token.id() + "\n");
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
	}

	@Test
	void anUnknownIdIsTheSameErrorForShowAndDelete() {
		UUID id = UUID.randomUUID();
		assertThat(run("show", id.toString())).isEmpty();
		assertThat(this.exitCode).isEqualTo(TokenCli.REFUSED);
		String notFound = "Error: no token with id " + id + " in registry " + REGISTRY + " ('list' shows them)\n";
		assertThat(this.errors).isEqualTo(notFound);
		assertThat(run("delete", id.toString())).isEmpty();
		assertThat(this.exitCode).isEqualTo(TokenCli.REFUSED);
		assertThat(this.errors).isEqualTo(notFound);
	}

	@Test
	void rotateMakesASuccessorKeepingItsScopesAndKeepsThePredecessorForTheGrace() {
		EmulatedToken old = seed("ci-push", EmulatedScope.repository("app", EmulatedScope.PUSH));
		String output = run("rotate", "ci-push", "--grace", "2h");
		assertThat(this.exitCode).isZero();
		List<EmulatedToken> tokens = this.emulator.tokens(REGISTRY);
		assertThat(tokens).hasSize(2);
		EmulatedToken successor = tokens.get(1);
		assertThat(successor.name()).matches("ci-push-\\d{14}");
		assertThat(successor.scopes()).containsExactly(EmulatedScope.repository("app", EmulatedScope.PUSH));
		// The grace is the predecessor's expiry date now: the service ends it then.
		String until = this.emulator.token(REGISTRY, "ci-push").orElseThrow().expiryDate().toInstant().toString();
		assertThat(until).endsWith("Z").doesNotContain(".");
		assertThat(output).contains("Created successor " + successor.name() + " (id " + successor.id() + "), expires ",
				"Superseded ci-push (id " + old.id() + ") stays valid until " + until
						+ ", its expiry date: hand the successor to its consumers before");
		assertThat(passwords(output)).hasSize(1);
		assertCreatedSafelyWithPut();
	}

	@Test
	void rotateOfATokenThatNeverExpiredMakesASuccessorThatOutlivesItsPredecessorsGrace() {
		seed("ci-main", EmulatedScope.repository("*", EmulatedScope.PULL, EmulatedScope.PUSH));
		run("rotate", "ci-main", "--grace", "1h");
		assertThat(this.exitCode).isZero();
		Instant predecessorEnds = this.emulator.token(REGISTRY, "ci-main").orElseThrow().expiryDate().toInstant();
		EmulatedToken successor = this.emulator.tokens(REGISTRY).get(1);
		// The grace plus 30 days, not the grace's end.
		assertThat(Duration.between(predecessorEnds, successor.expiryDate().toInstant()))
			.isGreaterThan(Duration.ofDays(29));
	}

	@Test
	void rotateTakesTheSuccessorsLifetimeWhichMustOutliveTheGrace() {
		seed("ci-main", EmulatedScope.repository("*", EmulatedScope.PULL));
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		run("rotate", "ci-main", "--grace", "2h", "--lifetime", "7d");
		assertThat(this.exitCode).isZero();
		assertThat(this.emulator.tokens(REGISTRY).get(1).expiryDate().toInstant())
			.isBetween(before.plus(Duration.ofDays(7)), before.plus(Duration.ofDays(7)).plusSeconds(60));
		run("rotate", "ci-main", "--grace", "2d", "--lifetime", "1d");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
		assertThat(this.errors).startsWith("Error: --lifetime '1d' must be a duration longer than the grace (2d)");
		assertThat(this.emulator.tokens(REGISTRY)).hasSize(2);
	}

	@Test
	void rotateWithoutGraceDeletesThePredecessorAtOnce() {
		EmulatedToken old = seed("ci-push", EmulatedScope.repository("app", EmulatedScope.PUSH));
		String output = run("rotate", "ci-push", "--grace", "0");
		assertThat(this.exitCode).isZero();
		assertThat(this.emulator.tokens(REGISTRY)).singleElement()
			.satisfies((token) -> assertThat(token.name()).matches("ci-push-\\d{14}"));
		assertThat(output).contains("Deleted predecessor ci-push (id " + old.id() + ")");
		run("rotate", "ci-push", "--grace", "soon");
		assertThat(this.errors).startsWith("Error: --grace 'soon' must be a duration");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
	}

	@Test
	void rotateWritesTheSuccessorsDockerConfig(@TempDir Path directory) throws Exception {
		seed("ci-push", EmulatedScope.repository("app", EmulatedScope.PUSH));
		Path dockerConfig = directory.resolve("config.json");
		String output = run("rotate", "ci-push", "--docker-config", dockerConfig.toString());
		assertThat(this.exitCode).isZero();
		EmulatedToken successor = this.emulator.tokens(REGISTRY).get(1);
		assertDockerConfig(dockerConfig, successor.name(), passwords(output).get(0));
	}

	@Test
	void rotateOfANameWithoutTokensNeedsScopesForTheFirst() {
		run("rotate", "nobody");
		assertThat(this.errors).startsWith("Error: there is no token named 'nobody' or 'nobody-<yyyyMMddHHmmss>' yet: "
				+ "give --scope to make the first");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
		assertThat(run("rotate", "nobody", "--scope", "repository:app:pull")).startsWith("Created successor nobody-");
		assertThat(this.exitCode).isZero();
	}

	@Test
	void createWritesTheDockerConfigKeyedByTheRegistrysHostname(@TempDir Path directory) throws Exception {
		Path dockerConfig = directory.resolve("docker.json");
		String output = run("create", "ci-push", "--scope", "repository:app:pull", "--docker-config",
				dockerConfig.toString());
		assertThat(this.exitCode).isZero();
		assertThat(output).contains("Wrote Docker credentials for " + HOSTNAME + " to " + dockerConfig);
		assertDockerConfig(dockerConfig, "ci-push", passwords(output).get(0));
	}

	private static void assertDockerConfig(Path file, String username, String password) throws Exception {
		JsonNode auth = JsonMapper.shared().readTree(Files.readString(file)).get("auths").get(HOSTNAME);
		assertThat(auth.get("username").asString()).isEqualTo(username);
		assertThat(auth.get("password").asString()).isEqualTo(password);
		assertThat(auth.get("auth").asString()).isEqualTo(Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	@Test
	void expiringListsTheTokensThatExpireWithinTheWindow() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		seed("ci-push");
		this.emulator.seed(REGISTRY, EmulatedToken.named("pull-soon").withExpiryDate(now.plusDays(2)));
		this.emulator.seed(REGISTRY, EmulatedToken.named("pull-later").withExpiryDate(now.plusDays(20)));
		assertThat(run("expiring")).contains("pull-soon").doesNotContain("pull-later").doesNotContain("ci-push");
		assertThat(run("expiring", "--within", "30d")).contains("pull-soon", "pull-later").doesNotContain("ci-push");
		assertThat(run("expiring", "--within=1d")).isEqualTo("(no token expires within 1d)\n");
		run("expiring", "--within", "soon");
		assertThat(this.errors).startsWith("Error: --within 'soon' must be a positive duration");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
	}

	@Test
	void anUnknownCommandOrOptionGetsTheNearestOne() {
		run("lsit");
		assertThat(this.exitCode).isEqualTo(TokenCli.USAGE);
		assertThat(this.errors.lines()).containsExactly("Error: unknown command 'lsit': did you mean 'list'?",
				"Run 'help' for the commands.");
		run("create", "ci-push", "--scpoe", "repository:app:pull");
		assertThat(this.errors.lines().findFirst()).hasValue(
				"Error: unknown option --scpoe for create: did you mean --scope?");
		run("show");
		assertThat(this.errors.lines().findFirst()).hasValue("Error: show needs <id>");
		run("create", "ci-push", "--scope", "repository:app:pull", "--expires", "someday");
		assertThat(this.errors.lines().findFirst()).hasValue("Error: --expires 'someday' must be a duration (30d, 12h, "
				+ "90m, P30D), a date (2027-01-31) or a date-time");
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
	}

	@Test
	void helpPrintsTheUsageOnStandardOutput() {
		for (String help : List.of("help", "--help", "-h")) {
			assertThat(run(help)).startsWith("Usage: ionos-registry-sample <command>").contains("Exit codes: 0 done, "
					+ "1 the API or a file refused, 2 a usage error.");
			assertThat(this.exitCode).isZero();
			assertThat(this.errors).isEmpty();
		}
	}

	@Test
	void demoCreatesListsDisablesRotatesAndDeletes() {
		String output = run("demo", "--on-real-registry");
		assertThat(this.exitCode).isZero();
		assertThat(output).contains("Created token demo-ci-push", "Created token demo-ci-pull",
				"Disabled token demo-ci-pull", "Created successor demo-ci-push-", "Superseded demo-ci-push (id ",
				"$ expiring --within 8d");
		List<String> passwords = passwords(output);
		assertThat(passwords).hasSize(3).doesNotHaveDuplicates();
		passwords.forEach((password) -> assertThat(output.split(Pattern.quote(password), -1)).hasSize(2));
		assertThat(output.strip()).endsWith("$ list\n(no tokens)");
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
	}

	private static List<String> passwords(String output) {
		Matcher matcher = PASSWORD.matcher(output);
		return matcher.results().map((result) -> result.group(1)).toList();
	}

}
