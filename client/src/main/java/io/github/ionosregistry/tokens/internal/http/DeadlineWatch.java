package io.github.ionosregistry.tokens.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * Aborts exchanges whose deadline passes while they wait on the network, where the HTTP library has no time-out of
 * its own for it (a trickled head or body, a wait for a pooled connection). One daemon thread per HTTP client looks
 * over the exchanges in flight every {@value #TICK_MILLIS} ms, so that an exchange only enters and leaves a set: no
 * timer is set per request, and no thread is woken for it. Deadlines are kept to within a tick.
 */
public final class DeadlineWatch implements AutoCloseable {

	static final long TICK_MILLIS = 25;

	private final Set<Watched> inFlight = ConcurrentHashMap.newKeySet();

	private volatile @Nullable Thread sweeper;

	private volatile boolean closed;

	/**
	 * Runs the abort when the deadline passes, unless the watch is ended first.
	 * @param deadline the deadline
	 * @param abort what ends the exchange
	 * @return the watch, to end once the exchange ended
	 */
	public Watched watch(Deadline deadline, Runnable abort) {
		Watched watched = new Watched(deadline, abort);
		this.inFlight.add(watched);
		if (this.sweeper == null) {
			startSweeper();
		}
		return watched;
	}

	private synchronized void startSweeper() {
		if (this.sweeper == null && !this.closed) {
			Thread sweeper = new Thread(this::sweep, "ionos-registry-deadlines");
			sweeper.setDaemon(true);
			sweeper.start();
			this.sweeper = sweeper;
		}
	}

	private void sweep() {
		while (!this.closed) {
			for (Watched watched : this.inFlight) {
				if (watched.deadline.hasPassed() && this.inFlight.remove(watched)) {
					try {
						watched.abort.run();
					}
					catch (RuntimeException ex) {
						// The exchange ends either way: its caller sees the deadline passed.
					}
				}
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
		}
	}

	@Override
	public void close() {
		this.closed = true;
		Thread sweeper = this.sweeper;
		if (sweeper != null) {
			LockSupport.unpark(sweeper);
		}
		this.inFlight.clear();
	}

	/** An exchange being watched. */
	public final class Watched {

		private final Deadline deadline;

		private final Runnable abort;

		private Watched(Deadline deadline, Runnable abort) {
			this.deadline = deadline;
			this.abort = abort;
		}

		/** Ends the watch: the exchange ended in time. */
		public void end() {
			DeadlineWatch.this.inFlight.remove(this);
		}

	}

}
