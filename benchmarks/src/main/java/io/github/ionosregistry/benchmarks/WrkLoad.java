package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The server's own limit, measured by {@code wrk} (Debian's {@code wrk}): the rate a C load generator gets with the
 * same number of connections, so that every client's figure is also a fraction of what the server can answer.
 */
final class WrkLoad {

	static final String LABEL = "wrk (the server's limit)";

	private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private WrkLoad() {
	}

	/** Where wrk is, or {@code null} when it is not installed. */
	static @Nullable Path wrk() {
		for (String candidate : new String[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		return null;
	}

	/**
	 * One round: {@code connections} connections on as many threads as there are cores, at most.
	 * @return the rate, requests per second
	 */
	static double round(Path wrk, String url, int connections, Duration round) throws IOException, InterruptedException {
		int threads = Math.min(connections, Runtime.getRuntime().availableProcessors());
		Process process = new ProcessBuilder(wrk.toString(), "-t" + threads, "-c" + connections,
				"-d" + Math.max(1, round.toSeconds()) + "s", url)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(round.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException("wrk failed:\n" + output);
		}
		Matcher rate = REQUESTS_PER_SECOND.matcher(output);
		if (!rate.find()) {
			throw new IOException("wrk said no rate:\n" + output);
		}
		if (output.contains("Non-2xx")) {
			throw new IOException("wrk got answers other than 2xx:\n" + output);
		}
		return Double.parseDouble(rate.group(1));
	}

}
