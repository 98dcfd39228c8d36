package io.github.ionosregistry.tokens.internal.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.github.ionosregistry.tokens.internal.http.DeadlineWatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one thread that aborts exchanges whose deadline passes: it aborts each at its deadline, within a tick, once;
 * never one whose watch ended; and ends with the watch.
 */
class DeadlineWatchTests {

	@Test
	void anExchangeIsAbortedOnceWithinATickOfItsDeadline() throws Exception {
		try (DeadlineWatch watch = new DeadlineWatch()) {
			CountDownLatch aborted = new CountDownLatch(1);
			AtomicInteger aborts = new AtomicInteger();
			long start = System.nanoTime();
			watch.watch(Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofMillis(100)), () -> {
				aborts.incrementAndGet();
				aborted.countDown();
			});
			assertThat(aborted.await(2, TimeUnit.SECONDS)).isTrue();
			long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			// Never before the deadline; after it, within a second even when a loaded machine is slow to schedule
			// the watch's thread (an exchange that were never aborted would fail the await above).
			assertThat(tookMillis).isBetween(100L, 1_100L);
			Thread.sleep(5 * DeadlineWatch.TICK_MILLIS);
			assertThat(aborts).hasValue(1);
		}
	}

	@Test
	void anExchangeWhoseWatchEndedIsNeverAborted() throws Exception {
		try (DeadlineWatch watch = new DeadlineWatch()) {
			AtomicInteger aborts = new AtomicInteger();
			watch.watch(Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofMillis(50)), aborts::incrementAndGet).end();
			Thread.sleep(50 + 4 * DeadlineWatch.TICK_MILLIS);
			assertThat(aborts).hasValue(0);
		}
	}

	@Test
	void anAbortThatFailsDoesNotStopTheOthers() throws Exception {
		try (DeadlineWatch watch = new DeadlineWatch()) {
			CountDownLatch aborted = new CountDownLatch(1);
			watch.watch(Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofMillis(20)), () -> {
				throw new IllegalStateException("a failing abort");
			});
			watch.watch(Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofMillis(20)), aborted::countDown);
			assertThat(aborted.await(2, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void theSweeperStartsWithTheFirstWatchAndEndsWithTheWatch() throws Exception {
		long others = sweepers();
		DeadlineWatch watch = new DeadlineWatch();
		assertThat(sweepers()).isEqualTo(others);
		watch.watch(Deadline.in(Deadline.ATTEMPT_TIMEOUT, Duration.ofMinutes(1)), () -> {
		});
		assertThat(sweepers()).isEqualTo(others + 1);
		watch.close();
		for (int i = 0; i < 100 && sweepers() > others; i++) {
			Thread.sleep(10);
		}
		assertThat(sweepers()).isEqualTo(others);
	}

	private static long sweepers() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((thread) -> thread.getName().equals("ionos-registry-deadlines") && thread.isAlive())
			.count();
	}

}
