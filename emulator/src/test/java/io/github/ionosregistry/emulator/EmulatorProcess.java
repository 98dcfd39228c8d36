package io.github.ionosregistry.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The emulator run as a process of its own, from its runnable jar or from the test class path, with its output
 * collected line by line.
 */
final class EmulatorProcess implements AutoCloseable {

	private final Process process;

	private final List<String> out = new CopyOnWriteArrayList<>();

	private final List<String> err = new CopyOnWriteArrayList<>();

	private EmulatorProcess(List<String> command) throws IOException {
		this.process = new ProcessBuilder(command).start();
		collect(this.process.getInputStream(), this.out);
		collect(this.process.getErrorStream(), this.err);
	}

	/** Runs {@code java -jar jar args}. */
	static EmulatorProcess jar(Path jar, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		return new EmulatorProcess(command);
	}

	/** Runs the main class from this test's class path. */
	static EmulatorProcess mainClass(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
				TokensEmulatorApplication.class.getName()));
		command.addAll(List.of(args));
		return new EmulatorProcess(command);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void collect(java.io.InputStream stream, List<String> lines) {
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				in.lines().forEach(lines::add);
			}
			catch (IOException ex) {
				// the process ended
			}
		});
		reader.setDaemon(true);
		reader.start();
	}

	/** The first line of output, waiting for it. */
	String firstLine() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.out.isEmpty() && System.nanoTime() < deadline && this.process.isAlive()) {
			Thread.sleep(20);
		}
		if (this.out.isEmpty()) {
			throw new IllegalStateException("no output; errors: " + this.err);
		}
		return this.out.get(0);
	}

	List<String> out() {
		return List.copyOf(this.out);
	}

	String err() throws InterruptedException {
		Thread.sleep(100);
		return String.join("\n", this.err);
	}

	/** Waits for the process to end by itself. */
	int exitCode() throws InterruptedException {
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("the emulator did not end");
		}
		return this.process.exitValue();
	}

	/** Sends SIGTERM and waits for the process to end. */
	int terminate() throws InterruptedException {
		this.process.destroy();
		return exitCode();
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
