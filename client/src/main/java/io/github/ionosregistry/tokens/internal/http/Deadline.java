package io.github.ionosregistry.tokens.internal.http;

import java.time.Duration;
import io.github.ionosregistry.tokens.internal.Durations;

/**
 * When an attempt must have ended: the sooner of its own time-out and the end of its call. It travels with the
 * request (as a request attribute) to the HTTP client, which aborts the exchange when it passes.
 *
 * @param expiresAtNanos the {@link System#nanoTime()} at which it passes
 * @param setting the setting that sets it, such as {@code attempt-timeout}
 * @param length the setting's value
 */
public record Deadline(long expiresAtNanos, String setting, Duration length) {

	/** The name of the request attribute that carries the deadline to the HTTP client. */
	public static final String ATTRIBUTE = Deadline.class.getName();

	public static final String ATTEMPT_TIMEOUT = "attempt-timeout";

	public static final String CALL_TIMEOUT = "call-timeout";

	/**
	 * A deadline the given time from now.
	 * @param setting the setting that sets it
	 * @param length how long from now
	 * @return the deadline
	 */
	public static Deadline in(String setting, Duration length) {
		return new Deadline(System.nanoTime() + saturatedNanos(length), setting, length);
	}

	/** The time left, zero once it passed. */
	public Duration remaining() {
		long left = this.expiresAtNanos - System.nanoTime();
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	public boolean hasPassed() {
		return this.expiresAtNanos - System.nanoTime() <= 0;
	}

	/**
	 * The sooner of this deadline and another.
	 * @param other the other deadline
	 * @return the one that passes first
	 */
	public Deadline soonerOf(Deadline other) {
		return (other.expiresAtNanos - this.expiresAtNanos < 0) ? other : this;
	}

	/** What a failure says when it passed, such as {@code the attempt-timeout of 30s passed}. */
	String describe() {
		return "the " + this.setting + " of " + Durations.format(this.length) + " passed";
	}

	/** The failure to throw when it passed before the exchange ended. */
	public DeadlineExceededException exceeded() {
		return new DeadlineExceededException(this, false);
	}

	/**
	 * The failure to throw when it passed before the request was sent: while waiting for a connection, connecting or
	 * in the TLS handshake.
	 */
	public DeadlineExceededException exceededBeforeSending() {
		return new DeadlineExceededException(this, true);
	}

	private static long saturatedNanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE / 2;
		}
	}

}
