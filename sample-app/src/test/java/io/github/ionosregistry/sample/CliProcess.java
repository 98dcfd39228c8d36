package io.github.ionosregistry.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool run as people run it: a process of its own, without IONOS credentials (its own emulator, its state in a
 * directory of the test), its standard output, standard error and exit code.
 */
final class CliProcess {

	private final Path directory;

	CliProcess(Path directory) {
		this.directory = directory;
	}

	/** Where the tool keeps its emulator's state: there only once a command started the application. */
	Path state() {
		return this.directory.resolve("state");
	}

	/** What a run of the tool gave. */
	record Run(int exitCode, String out, String err, long millis) {

		String firstLineOfOut() {
			return this.out.lines().findFirst().orElse("");
		}

		String firstLineOfErr() {
			return this.err.lines().findFirst().orElse("");
		}

		/** Standard error without the note that the local emulator is used. */
		List<String> errors() {
			return this.err.lines().filter((line) -> !line.startsWith("No IONOS credentials configured")).toList();
		}

	}

	Run run(String... args) throws Exception {
		return start(args).await();
	}

	Started start(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName(), "--ionos.registry.config-file=" + this.directory.resolve("none")));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf((name) -> name.startsWith("IONOS_"));
		builder.environment().put("XDG_STATE_HOME", state().toString());
		long started = System.nanoTime();
		Process process = builder.start();
		return new Started(process, started, CompletableFuture.supplyAsync(() -> read(process.getInputStream())),
				CompletableFuture.supplyAsync(() -> read(process.getErrorStream())));
	}

	/** A run under way, its two streams read as they come. */
	record Started(Process process, long startedNanos, CompletableFuture<String> out, CompletableFuture<String> err) {

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

}
