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

import org.jspecify.annotations.Nullable;

/**
 * Measures operations per second of several scenarios side by side: a warm-up, then rounds in which every
 * scenario runs in turn, so that a noisy moment of the machine hits all of them alike. Reports the median round.
 */
final class Throughput {

	interface Operation {

		void run() throws Exception;

	}

	/** A scenario measured in another process (a Node script, a load generator): one round of it. */
	interface ExternalRound {

		Rate run(int callers, Duration round) throws Exception;

	}

	/**
	 * What a round measured.
	 * @param callsPerSecond calls completed per second
	 * @param cpuMillisPerThousandCalls the client's CPU time (user and system) per 1 000 calls, {@code NaN} where not
	 * measured
	 */
	record Rate(double callsPerSecond, double cpuMillisPerThousandCalls) {
	}

	/**
	 * A scenario: calls made in this JVM, or rounds run by another process.
	 * @param name its name
	 * @param operation one call, in this JVM
	 * @param external one round, elsewhere
	 */
	record Scenario(String name, @Nullable Operation operation, @Nullable ExternalRound external) {

		Scenario(String name, Operation operation) {
			this(name, operation, null);
		}

		static Scenario external(String name, ExternalRound external) {
			return new Scenario(name, null, external);
		}

		/** Its call in this JVM. */
		Operation call() {
			if (this.operation == null) {
				throw new IllegalStateException(this.name + " runs in another process");
			}
			return this.operation;
		}

	}

	private static final com.sun.management.OperatingSystemMXBean PROCESS =
			(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

	private Throughput() {
	}

	static Map<String, Double> measure(List<Scenario> scenarios, Duration warmUp, int rounds, Duration round)
			throws Exception {
		for (Scenario scenario : scenarios) {
			runFor(scenario.call(), warmUp);
		}
		Map<String, List<Double>> rates = new LinkedHashMap<>();
		scenarios.forEach((scenario) -> rates.put(scenario.name(), new ArrayList<>()));
		for (int i = 0; i < rounds; i++) {
			for (Scenario scenario : scenarios) {
				ratesOf(rates, scenario).add(runFor(scenario.call(), round));
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
				runConcurrentlyFor(executor, callers, scenario.call(), warmUp);
			}
			Map<String, List<Double>> rates = new LinkedHashMap<>();
			scenarios.forEach((scenario) -> rates.put(scenario.name(), new ArrayList<>()));
			for (int i = 0; i < rounds; i++) {
				for (Scenario scenario : scenarios) {
					ratesOf(rates, scenario).add(runConcurrentlyFor(executor, callers, scenario.call(), round));
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

	/**
	 * Measures scenarios side by side, each round taking every scenario in turn (those of other processes included),
	 * with {@code callers} calling at once; the CPU time of this JVM is taken over each round of its scenarios.
	 * @return each scenario's rounds, in order
	 */
	static Map<String, List<Rate>> measureSideBySide(List<Scenario> scenarios, int callers, Duration warmUp,
			int rounds, Duration round) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		try {
			for (Scenario scenario : scenarios) {
				if (scenario.external() == null) {
					inThisJvm(executor, callers, scenario.call(), warmUp);
				}
			}
			Map<String, List<Rate>> rates = new LinkedHashMap<>();
			scenarios.forEach((scenario) -> rates.put(scenario.name(), new ArrayList<>()));
			for (int i = 0; i < rounds; i++) {
				for (Scenario scenario : scenarios) {
					ExternalRound external = scenario.external();
					ratesOf(rates, scenario).add((external != null) ? external.run(callers, round)
							: inThisJvm(executor, callers, scenario.call(), round));
				}
			}
			return rates;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** The median of each scenario's rates and CPU times. */
	static Map<String, Rate> medians(Map<String, List<Rate>> rounds) {
		Map<String, Rate> medians = new LinkedHashMap<>();
		rounds.forEach((name, rates) -> medians.put(name, new Rate(
				median(rates.stream().map(Rate::callsPerSecond).toList()),
				median(rates.stream().map(Rate::cpuMillisPerThousandCalls).toList()))));
		return medians;
	}

	private static Rate inThisJvm(ExecutorService executor, int callers, Operation operation, Duration round)
			throws Exception {
		long cpuBefore = PROCESS.getProcessCpuTime();
		long start = System.nanoTime();
		long calls = (callers == 1) ? callsFor(operation, round) : callsConcurrentlyFor(executor, callers, operation,
				round);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuMillis = (PROCESS.getProcessCpuTime() - cpuBefore) / 1e6;
		return new Rate(calls / seconds, cpuMillis * 1000 / calls);
	}

	private static long callsFor(Operation operation, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		long count = 0;
		while (System.nanoTime() < end) {
			operation.run();
			count++;
		}
		return count;
	}

	private static long callsConcurrentlyFor(ExecutorService executor, int callers, Operation operation,
			Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
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
		return count.sum();
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double runConcurrentlyFor(ExecutorService executor, int callers, Operation operation,
			Duration duration) throws Exception {
		long start = System.nanoTime();
		long calls = callsConcurrentlyFor(executor, callers, operation, duration);
		return calls / ((System.nanoTime() - start) / 1e9);
	}

	private static double runFor(Operation operation, Duration duration) throws Exception {
		long start = System.nanoTime();
		long calls = callsFor(operation, duration);
		return calls / ((System.nanoTime() - start) / 1e9);
	}

	private static <T> List<T> ratesOf(Map<String, List<T>> rates, Scenario scenario) {
		List<T> values = rates.get(scenario.name());
		if (values == null) {
			throw new IllegalStateException("Unknown scenario " + scenario.name());
		}
		return values;
	}

}
