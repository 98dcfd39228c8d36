package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own and returns what it printed.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static String run(List<String> jvmOptions, String classpath, String mainClass, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException(mainClass + " failed:\n" + output);
		}
		return output;
	}

	static long value(String output, String key) {
		for (String field : output.split("\\s+", -1)) {
			if (field.startsWith(key + "=")) {
				return Long.parseLong(field.substring(key.length() + 1));
			}
		}
		throw new IllegalStateException("no " + key + " in:\n" + output);
	}

}
