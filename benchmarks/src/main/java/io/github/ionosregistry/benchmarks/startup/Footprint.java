package io.github.ionosregistry.benchmarks.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What a running application holds once it has settled: its heap after a full collection, its loaded classes, its
 * live threads and its resident memory, printed as {@code key=value} for the benchmark to compare. Asked for with
 * {@code -Dbenchmarks.footprint=true}; with {@code -Dbenchmarks.call=<registry id>/<token id>}, after the application
 * has read that token once, each with its own client.
 */
final class Footprint {

	/** Longer than the warm-up takes and than the JDK client's idle threads live (2 s). */
	private static final long SETTLE_MILLIS = 5000;

	private Footprint() {
	}

	/**
	 * The token to read once after the application is ready, {@code <registry id>/<token id>}, when the footprint is
	 * to be measured after a first call ({@code -Dbenchmarks.call=...}); none otherwise.
	 */
	static @Nullable String callAsked() {
		return System.getProperty("benchmarks.call");
	}

	static void printIfAsked() throws InterruptedException, IOException {
		if (!Boolean.getBoolean("benchmarks.footprint")) {
			return;
		}
		Thread.sleep(SETTLE_MILLIS);
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long heapKiB = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
		long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
		int threads = ManagementFactory.getThreadMXBean().getThreadCount();
		System.out.println("heapKiB=" + heapKiB + " classes=" + classes + " threads=" + threads + " rssKiB="
				+ residentKiB());
	}

	private static long residentKiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return -1;
	}

}
