package io.github.ionosregistry.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tool says, run as a process at its default log level: in the user's words (the token, its name or id, the
 * file), with the one next step; never a request line, a status code, the local emulator's URL, a class or a parser's
 * name. Warnings once, on standard error; standard output only the command's result. What the service would refuse is
 * refused first, with exit code 2, and nothing is changed.
 */
@Tag("processes")
class SampleCliWordsProcessTests {

	/** What a log line looks like, which standard output must never hold. */
	private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ].*|.*\\b(WARN|INFO|DEBUG)\\b.*");

	private static final Pattern HTTP_WORDS = Pattern.compile(
			".*(http://|https://|\\b(GET|PUT|POST|PATCH|DELETE) /|answered \\d{3}|\\b40[0-9] |Exception|TokensApiBuilder).*");

	@TempDir
	Path directory;

	private CliProcess tool;

	@BeforeEach
	void tool() {
		this.tool = new CliProcess(this.directory);
	}

	private static void assertInTheUsersWords(CliProcess.Run run) {
		assertThat(run.out().lines()).noneMatch((line) -> LOG_LINE.matcher(line).matches());
		assertThat(run.err().lines()).noneMatch((line) -> HTTP_WORDS.matcher(line).matches());
	}

	private List<String> tokenNames() throws Exception {
		return this.tool.run("list").out().lines().skip(1).map((line) -> line.split("\\s+")[1]).toList();
	}

	@Test
	void aDockerConfigWithACredentialHelperIsWarnedOfOnceOnStandardErrorAndOnlyAHiddenLockIsLeftBeside()
			throws Exception {
		Path dockerConfig = Files.writeString(Files.createDirectories(this.directory.resolve("docker"))
			.resolve("config.json"), "{\"auths\":{},\"credsStore\":\"desktop\"}");
		CliProcess.Run create = this.tool.run("create", "h1", "--scope", "repository:*:pull", "--docker-config",
				dockerConfig.toString());
		assertThat(create.exitCode()).isZero();
		assertInTheUsersWords(create);
		assertThat(create.out()).doesNotContain("Warning").doesNotContain("credential helper");
		assertThat(create.errors()).singleElement().satisfies((warning) -> assertThat(warning)
			.startsWith("Warning: Wrote the Docker credentials of registry-0b0e5f5a.cr.ionos.com to " + dockerConfig)
			.contains("credential helper (credsStore = desktop)"));
		CliProcess.Run rotate = this.tool.run("rotate", "h1", "--docker-config", dockerConfig.toString());
		assertThat(rotate.exitCode()).isZero();
		assertInTheUsersWords(rotate);
		assertThat(rotate.errors()).singleElement().asString().startsWith("Warning: ");
		try (Stream<Path> files = Files.list(dockerConfig.getParent())) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("config.json", ".config.json.lock");
		}
		for (String command : List.of("list", "show")) {
			CliProcess.Run run = command.equals("show") ? this.tool.run("show", idIn(create.out())) : this.tool.run(command);
			assertThat(run.exitCode()).isZero();
			assertInTheUsersWords(run);
			assertThat(run.errors()).isEmpty();
		}
	}

	private static String idIn(String out) {
		return out.lines().findFirst().orElseThrow().replaceAll(".*\\(id ([0-9a-f-]+)\\).*", "$1");
	}

	@Test
	void anUnknownIdIsTheTokenNotFoundInTheSameWordsForEveryCommand() throws Exception {
		String id = UUID.randomUUID().toString();
		for (String command : List.of("show", "delete", "enable", "disable")) {
			CliProcess.Run run = this.tool.run(command, id);
			assertThat(run.exitCode()).as(command).isEqualTo(1);
			assertThat(run.out()).isEmpty();
			assertThat(run.errors()).as(command).containsExactly("Error: no token with id " + id + " in registry "
					+ "0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b ('list' shows them)");
		}
	}

	@Test
	void aNameThatIsTakenIsSaidWithTheTokenThatHasIt() throws Exception {
		CliProcess.Run first = this.tool.run("create", "ci-pull", "--scope", "repository:*:pull");
		String id = idIn(first.out());
		CliProcess.Run again = this.tool.run("create", "ci-pull", "--scope", "repository:*:push");
		assertThat(again.exitCode()).isEqualTo(1);
		assertInTheUsersWords(again);
		assertThat(again.errors()).containsExactly("Error: a token named ci-pull exists in registry "
				+ "0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b (id " + id + "): choose another name, or make its successor "
				+ "with 'rotate ci-pull'");
		assertThat(tokenNames()).containsExactly("ci-pull");
	}

	@Test
	void anExpiryTheServiceWouldRefuseIsAUsageErrorBeforeAnythingStarts() throws Exception {
		CliProcess.Run past = this.tool.run("create", "ci-pull", "--scope", "repository:*:pull", "--expires",
				"2020-01-01");
		assertThat(past.exitCode()).isEqualTo(2);
		assertThat(past.firstLineOfErr()).isEqualTo("Error: --expires '2020-01-01' is in the past "
				+ "(2020-01-01T00:00:00Z): the service takes dates at least an hour ahead, such as 90m, 30d or a later date");
		CliProcess.Run soon = this.tool.run("create", "ci-pull", "--scope", "repository:*:pull", "--expires", "30m");
		assertThat(soon.exitCode()).isEqualTo(2);
		assertThat(soon.firstLineOfErr()).isEqualTo("Error: --expires '30m' is less than an hour ahead: the service "
				+ "takes no sooner date; give 90m or more");
		assertThat(this.tool.state()).as("nothing started").doesNotExist();
	}

	@Test
	void aReplaceThatWouldCreateATokenWithoutScopesIsRefusedAsCreateRefusesIt() throws Exception {
		String id = UUID.randomUUID().toString();
		CliProcess.Run replace = this.tool.run("replace", id, "ci-pull");
		assertThat(replace.exitCode()).isEqualTo(2);
		assertInTheUsersWords(replace);
		assertThat(replace.errors()).first().isEqualTo("Error: there is no token with id " + id + ": replace would "
				+ "create one, and a token without scopes can do nothing: give --scope (--no-scopes makes one anyway)");
		assertThat(tokenNames()).isEmpty();
	}

	@Test
	void aScopeWordIonosDoesNotDocumentGetsTheNearestWordAndNothingForAProgrammer() throws Exception {
		CliProcess.Run run = this.tool.run("create", "ci-push", "--scope", "repository:app/*:pish");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.firstLineOfErr()).isEqualTo("Error: scope 'repository:app/*:pish' action 'pish' is not a word "
				+ "the client knows: did you mean 'push'?");
		assertThat(this.tool.state()).as("nothing started").doesNotExist();
	}

	@Test
	void aGraceTheServiceCannotHonourToTheMinuteIsSaidInHelpAndWhenItHappens() throws Exception {
		assertThat(this.tool.run("help").out()).contains("under 61m ends 61m ahead: the service takes no expiry date",
				"less than an hour ahead");
		this.tool.run("create", "ci-push", "--scope", "repository:app:push");
		CliProcess.Run rotate = this.tool.run("rotate", "ci-push", "--grace", "30m");
		assertThat(rotate.exitCode()).isZero();
		assertThat(rotate.out().lines()).anySatisfy((line) -> assertThat(line).startsWith("Superseded ci-push ")
			.endsWith("(not 30m: the service takes no expiry date less than an hour ahead)"));
	}

	@Test
	void showSaysTheTokensStatusOnce() throws Exception {
		String id = idIn(this.tool.run("create", "ci-pull", "--scope", "repository:*:pull").out());
		CliProcess.Run show = this.tool.run("show", id);
		assertThat(show.out().lines()).filteredOn((line) -> line.toLowerCase().contains("enabled"))
			.containsExactly("status:   enabled");
	}

}
