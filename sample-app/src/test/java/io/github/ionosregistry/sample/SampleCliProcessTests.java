package io.github.ionosregistry.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
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
@Tag("processes")
class SampleCliProcessTests {

	@TempDir
	Path directory;

	private CliProcess tool;

	@BeforeEach
	void tool() {
		this.tool = new CliProcess(this.directory);
	}

	private CliProcess.Run run(String... args) throws Exception {
		return this.tool.run(args);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "help", "--help", "-h" })
	void helpIsTheUsageOnStandardOutputWithoutStartingAnything(String help) throws Exception {
		CliProcess.Run run = help.isEmpty() ? run() : run(help);
		assertThat(run.exitCode()).isZero();
		assertThat(run.firstLineOfOut()).startsWith("Usage: ionos-registry-sample <command> [arguments]");
		assertThat(run.out()).contains("Exit codes: 0 done, 1 the API or a file refused, 2 a usage error.");
		assertThat(run.err()).isEmpty();
		assertThat(this.directory.resolve("state")).as("no emulator, no state").doesNotExist();
		System.out.println("'" + help + "' answered in " + run.millis() + " ms");
	}

	@Test
	void usageErrorsGoToStandardErrorWithAOneLineHintAndExitTwo() throws Exception {
		CliProcess.Run misspelled = run("lsit");
		assertThat(misspelled.exitCode()).isEqualTo(2);
		assertThat(misspelled.out()).isEmpty();
		assertThat(misspelled.err().lines()).containsExactly("Error: unknown command 'lsit': did you mean 'list'?",
				"Run 'help' for the commands.");
		CliProcess.Run missing = run("show");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err().lines()).containsExactly("Error: show needs <id>", "Usage: show <id>                 show one token");
		CliProcess.Run badDate = run("create", "ci-push", "--scope", "repository:app:pull", "--expires", "2027-13-45");
		assertThat(badDate.exitCode()).isEqualTo(2);
		assertThat(badDate.firstLineOfErr()).isEqualTo("Error: --expires '2027-13-45' must be a duration (30d, 12h, "
				+ "90m, P30D), a date (2027-01-31) or a date-time");
		assertThat(this.directory.resolve("state")).as("nothing started for a usage error").doesNotExist();
	}

	@Test
	void anUnknownIdIsSaidInTheSameWordsByShowDeleteAndEnable() throws Exception {
		String id = UUID.randomUUID().toString();
		CliProcess.Run show = run("show", id);
		assertThat(show.exitCode()).isEqualTo(1);
		assertThat(show.out()).isEmpty();
		assertThat(show.err().lines()).anyMatch((line) -> line.startsWith("Error: no token with id " + id));
		CliProcess.Run delete = run("delete", id);
		assertThat(delete.exitCode()).isEqualTo(1);
		assertThat(delete.errors()).containsExactly("Error: no token with id " + id + " in registry "
				+ "0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b ('list' shows them)");
		CliProcess.Run enable = run("enable", id);
		assertThat(enable.exitCode()).isEqualTo(1);
		assertThat(enable.errors()).containsExactlyElementsOf(delete.errors());
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
		List<CliProcess.Started> started = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			started.add(this.tool.start("create", "token-" + i, "--scope", "repository:app:pull"));
		}
		for (CliProcess.Started each : started) {
			CliProcess.Run run = each.await();
			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.firstLineOfOut()).startsWith("Created token token-");
		}
		CliProcess.Run list = run("list");
		for (int i = 0; i < runs; i++) {
			assertThat(list.out()).contains("token-" + i + " ");
		}
	}

}
