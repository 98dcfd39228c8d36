package io.github.ionosregistry.test.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A replica of {@link FleetReplicaApplication} in a JVM of its own, as a pod of a Deployment runs it: started with its
 * own directory and settings, killed as a node kills a pod ({@code SIGKILL}), or stopped as a rolling update stops it
 * ({@code SIGTERM}).
 */
final class ReplicaProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final String name;

	private final Process process;

	private final Path log;

	private ReplicaProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a replica; it is not ready yet.
	 * @param name its name, for its log
	 * @param directory its own directory, where its log goes
	 * @param arguments its command line arguments (Spring Boot properties)
	 * @return the replica
	 */
	static ReplicaProcess start(String name, Path directory, List<String> arguments) throws IOException {
		Files.createDirectories(directory);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx128m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(FleetReplicaApplication.class.getName());
		command.addAll(arguments);
		Path log = directory.resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ReplicaProcess(name, process, log);
	}

	/** Waits until the replica says it is ready; fails with its log if it ends or takes too long. */
	void awaitReady() throws IOException, InterruptedException {
		long end = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() - end < 0) {
			if (Files.readString(this.log).lines().anyMatch("READY"::equals)) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " ended at start:\n" + Files.readString(this.log));
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException(this.name + " was not ready within " + START_TIMEOUT + ":\n"
				+ Files.readString(this.log));
	}

	String name() {
		return this.name;
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	/** Ends it at once, as {@code kill -9} does: no shutdown of any kind. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * Stops it as a rolling update does ({@code SIGTERM}), and waits for it to end: its shutdown runs.
	 * @return its exit code
	 */
	int stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
