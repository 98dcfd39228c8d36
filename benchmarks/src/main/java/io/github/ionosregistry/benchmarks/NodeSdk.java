package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The seed's Node SDK ({@code @ionos-cloud/sdk-nodejs-container-registry}) measured side by side, when {@code node}
 * and {@code npm} are on the PATH: the published package is installed with npm into {@code benchmarks/target/node},
 * and {@code benchmarks/src/main/node/tokens-benchmark.js} runs each scenario in a process of its own, with the SDK's
 * sleep before every first attempt removed (its {@code backOff} replaced for the first attempt).
 */
final class NodeSdk {

	static final String PACKAGE = "@ionos-cloud/sdk-nodejs-container-registry@1.1.0";

	static final String LABEL = "Node SDK 1.1.0 (its 1 s sleep removed)";

	private static final Path DIRECTORY = Path.of("benchmarks", "target", "node");

	private static final Path SCRIPT = Path.of("benchmarks", "src", "main", "node", "tokens-benchmark.js");

	private NodeSdk() {
	}

	/**
	 * Installs the SDK if needed.
	 * @return why the Node SDK cannot be measured, or {@code null} if it can
	 */
	static @Nullable String install() throws IOException, InterruptedException {
		if (!onPath("node") || !onPath("npm")) {
			return "node or npm is not on the PATH";
		}
		if (Files.isDirectory(DIRECTORY.resolve("node_modules").resolve("@ionos-cloud"))) {
			return null;
		}
		Files.createDirectories(DIRECTORY);
		String output = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", DIRECTORY.toString(),
				PACKAGE), Duration.ofMinutes(3));
		return Files.isDirectory(DIRECTORY.resolve("node_modules").resolve("@ionos-cloud")) ? null
				: "npm could not install " + PACKAGE + ": " + output.strip();
	}

	/** One scenario's median rate, in calls per second. */
	static double measure(String apiUrl, String mode, int callers, Duration warmUp, int rounds, Duration round)
			throws IOException, InterruptedException {
		return rounds(apiUrl, mode, callers, warmUp, rounds, round).callsPerSecond();
	}

	/**
	 * One round in a process of its own, after a warm-up of its own, to take turns with the other scenarios.
	 * @return the round's rate and CPU time per 1 000 calls
	 */
	static Throughput.Rate round(String apiUrl, String mode, int callers, Duration warmUp, Duration round)
			throws IOException, InterruptedException {
		return rounds(apiUrl, mode, callers, warmUp, 1, round);
	}

	private static Throughput.Rate rounds(String apiUrl, String mode, int callers, Duration warmUp, int rounds,
			Duration round) throws IOException, InterruptedException {
		String output = run(List.of("node", SCRIPT.toString(), apiUrl, LoopbackTokensServer.REGISTRY_ID.toString(),
				LoopbackTokensServer.TOKEN_ID.toString(), mode, Integer.toString(callers),
				Long.toString(warmUp.toMillis()), Integer.toString(rounds), Long.toString(round.toMillis())),
				warmUp.plus(round.multipliedBy(rounds)).plusMinutes(1));
		return new Throughput.Rate(ChildJvm.value(output, "calls-per-s"),
				ChildJvm.value(output, "cpu-us-per-1000") / 1000.0);
	}

	private static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("NODE_PATH", DIRECTORY.resolve("node_modules").toAbsolutePath().toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	private static boolean onPath(String tool) {
		String path = System.getenv("PATH");
		return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, tool)));
	}

}
