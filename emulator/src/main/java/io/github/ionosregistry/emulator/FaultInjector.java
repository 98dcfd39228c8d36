package io.github.ionosregistry.emulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * Picks the requests that fail: each request independently with the given probability, the fault kind evenly from
 * those allowed, from a seeded random sequence, so that the same requests in the same order meet the same faults.
 */
final class FaultInjector {

	private final double rate;

	private final EmulatorFault[] kinds;

	private final Random random;

	private final Map<EmulatorFault, Integer> injected = new EnumMap<>(EmulatorFault.class);

	FaultInjector(double rate, long seed, EmulatorFault... kinds) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException("the fault rate must be from 0 to 1, was " + rate);
		}
		if (kinds.length == 0) {
			throw new IllegalArgumentException("at least one kind of fault is needed");
		}
		this.rate = rate;
		this.kinds = kinds.clone();
		this.random = new Random(seed);
	}

	static FaultInjector none() {
		return new FaultInjector(0, 0, EmulatorFault.values());
	}

	/** The fault for the next request, or {@code null} to serve it. */
	synchronized @Nullable EmulatorFault next() {
		if (this.rate == 0 || this.random.nextDouble() >= this.rate) {
			return null;
		}
		EmulatorFault fault = this.kinds[this.random.nextInt(this.kinds.length)];
		this.injected.merge(fault, 1, Integer::sum);
		return fault;
	}

	synchronized Map<EmulatorFault, Integer> injected() {
		return Map.copyOf(this.injected);
	}

}
