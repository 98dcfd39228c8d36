package io.github.ionosregistry.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool as people run it: a process of its own, its standard output, standard error and exit code, without IONOS
 * credentials (its own emulator, its state in a directory of the test). Help and usage errors are answered before
 * anything starts; two or eight runs at once on one state keep every token each reports as made.
 */
class SampleCliProcessTests {

	@TempDir
	Path directory;

	/** What a run of the tool gave. */
	record Run(int exitCode, String out, String err, long millis) {

		String firstLineOfOut() {
			return this.out.lines().findFirst().orElse("");
		}

		String firstLineOfErr() {
			return this.err.lines().findFirst().orElse("");
		}

	}

	private Run run(String... args) throws Exception {
		return start(args).await();
	}

	private Started start(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName(), "--ionos.registry.config-file=" + this.directory.resolve("none"),
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf((name) -> name.startsWith("IONOS_"));
		builder.environment().put("XDG_STATE_HOME", this.directory.resolve("state").toString());
		long started = System.nanoTime();
		Process process = builder.start();
		return new Started(process, started, CompletableFuture.supplyAsync(() -> read(process.getInputStream())),
				CompletableFuture.supplyAsync(() -> read(process.getErrorStream())));
	}

	/** A run under way, its two streams read as they come. */
	private record Started(Process process, long startedNanos, CompletableFuture<String> out,
			CompletableFuture<String> err) {

		Run await() throws Exception {
			assertThat(this.process.waitFor(120, TimeUnit.SECONDS)).as("the tool ended").isTrue();
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.startedNanos);
			return new Run(this.process.exitValue(), this.out.get(), this.err.get(), millis);
		}

	}

	private static String read(InputStream stream) {
		try {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "help", "--help", "-h" })
	void helpIsTheUsageOnStandardOutputWithoutStartingAnything(String help) throws Exception {
		Run run = help.isEmpty() ? run() : run(help);
		assertThat(run.exitCode()).isZero();
		assertThat(run.firstLineOfOut()).startsWith("Usage: ionos-registry-sample <command> [arguments]");
		assertThat(run.out()).contains("Exit codes: 0 done, 1 the API or a file refused, 2 a usage error.");
		assertThat(run.err()).isEmpty();
		assertThat(this.directory.resolve("state")).as("no emulator, no state").doesNotExist();
		System.out.println("'" + help + "' answered in " + run.millis() + " ms");
	}

	@Test
	void usageErrorsGoToStandardErrorWithAOneLineHintAndExitTwo() throws Exception {
		Run misspelled = run("lsit");
		assertThat(misspelled.exitCode()).isEqualTo(2);
		assertThat(misspelled.out()).isEmpty();
		assertThat(misspelled.err().lines()).containsExactly("Error: unknown command 'lsit': did you mean 'list'?",
				"Run 'help' for the commands.");
		Run missing = run("show");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err().lines()).containsExactly("Error: show needs <id>", "Usage: show <id>                 show one token");
		Run badDate = run("create", "ci-push", "--scope", "repository:app:pull", "--expires", "2027-13-45");
		assertThat(badDate.exitCode()).isEqualTo(2);
		assertThat(badDate.firstLineOfErr()).isEqualTo("Error: --expires '2027-13-45' must be a duration (30d, 12h, "
				+ "90m, P30D), a date (2027-01-31) or a date-time");
		assertThat(this.directory.resolve("state")).as("nothing started for a usage error").doesNotExist();
	}

	@Test
	void anUnknownIdIsRefusedByTheApiForShowAndDeleteAlike() throws Exception {
		String id = UUID.randomUUID().toString();
		Run show = run("show", id);
		assertThat(show.exitCode()).isEqualTo(1);
		assertThat(show.out()).isEmpty();
		assertThat(show.err().lines()).anyMatch((line) -> line.startsWith("Error: no token with id " + id));
		Run delete = run("delete", id);
		assertThat(delete.exitCode()).isEqualTo(1);
		assertThat(delete.err().lines()).anyMatch((line) -> line.startsWith("Error: DELETE ")
				&& line.contains("answered 404 Not Found"));
	}

	@Test
	void twoRunsCreatingAtOnceOnOneStateKeepBothTokens() throws Exception {
		createAtOnce(2);
	}

	@Test
	void eightRunsCreatingAtOnceOnOneStateKeepEveryToken() throws Exception {
		createAtOnce(8);
	}

	private void createAtOnce(int runs) throws Exception {
		List<Started> started = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			started.add(start("create", "token-" + i, "--scope", "repository:app:pull"));
		}
		for (Started each : started) {
			Run run = each.await();
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.firstLineOfOut()).startsWith("Created token token-");
		}
		Run list = run("list");
		for (int i = 0; i < runs; i++) {
			assertThat(list.out()).contains("token-" + i + " ");
		}
	}

}
