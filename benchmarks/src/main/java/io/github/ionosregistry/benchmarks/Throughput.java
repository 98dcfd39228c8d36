package io.github.ionosregistry.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import io.github.ionosregistry.tokens.internal.call.Operation;

/**
 * Measures operations per second of several scenarios side by side: a warm-up, then rounds in which every
 * scenario runs in turn, so that a noisy moment of the machine hits all of them alike. Reports the median round.
 */
final class Throughput {

	interface Operation {

		void run() throws Exception;

	}

	record Scenario(String name, Operation operation) {
	}

	private Throughput() {
	}

	static Map<String, Double> measure(List<Scenario> scenarios, Duration warmUp, int rounds, Duration round)
			throws Exception {
		for (Scenario scenario : scenarios) {
			runFor(scenario.operation(), warmUp);
		}
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		scenarios.forEach((scenario) -> rates.put(scenario.name(), new ArrayList<>()));
		for (int i = 0; i < rounds; i++) {
			for (Scenario scenario : scenarios) {
				ratesOf(rates, scenario).add(runFor(scenario.operation(), round));
			}
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		rates.forEach((name, values) -> medians.put(name, median(values)));
		return medians;
	}

	/**
	 * Like {@link #measure}, with {@code callers} threads calling each scenario at the same time.
	 */
	static Map<String, Double> measureConcurrently(List<Scenario> scenarios, int callers, Duration warmUp,
			int rounds, Duration round) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		try {
			for (Scenario scenario : scenarios) {
				runConcurrentlyFor(executor, callers, scenario.operation(), warmUp);
			}
			Map<String, List<Double>> rates = new LinkedHashMap<>();
			scenarios.forEach((scenario) -> rates.put(scenario.name(), new ArrayList<>()));
			for (int i = 0; i < rounds; i++) {
				for (Scenario scenario : scenarios) {
					ratesOf(rates, scenario).add(runConcurrentlyFor(executor, callers, scenario.operation(), round));
				}
			}
			Map<String, Double> medians = new LinkedHashMap<>();
			rates.forEach((name, values) -> medians.put(name, median(values)));
			return medians;
		}
		finally {
			executor.shutdownNow();
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double runConcurrentlyFor(ExecutorService executor, int callers, Operation operation,
			Duration duration) throws Exception {
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		LongAdder count = new LongAdder();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			running.add(executor.submit(() -> {
				while (System.nanoTime() < end) {
					operation.run();
					count.increment();
				}
				return null;
			}));
		}
		for (Future<?> caller : running) {
			caller.get();
		}
		return count.sum() / ((System.nanoTime() - start) / 1e9);
	}

	private static double runFor(Operation operation, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		long start = System.nanoTime();
		long count = 0;
		while (System.nanoTime() < end) {
			operation.run();
			count++;
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static List<Double> ratesOf(Map<String, List<Double>> rates, Scenario scenario) {
		List<Double> values = rates.get(scenario.name());
		if (values == null) {
			throw new IllegalStateException("Unknown scenario " + scenario.name());
		}
		return values;
	}

}
