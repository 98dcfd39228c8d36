package io.github.ionosregistry.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.UUID;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Streams every token of the large registry through {@code listAll}, in a JVM of its own (started with a small
 * heap), and prints the count, the time and the peak heap use.
 */
public final class ListAllRun {

	private ListAllRun() {
	}

	public static void main(String[] args) {
		String apiUrl = args[0];
		UUID registryId = UUID.fromString(args[1]);
		try (ConfigurableApplicationContext context = ClientApplication.start(apiUrl, "http-components")) {
			TokensApi api = context.getBean(TokensApi.class);
			long start = System.nanoTime();
			long count = api.listAll(registryId).count();
			long millis = (System.nanoTime() - start) / 1_000_000;
			long peakHeap = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					peakHeap += pool.getPeakUsage().getUsed();
				}
			}
			System.out.println("tokens=" + count + " ms=" + millis + " peakHeapMiB=" + (peakHeap >> 20) + " maxHeapMiB="
					+ (Runtime.getRuntime().maxMemory() >> 20));
		}
	}

}
