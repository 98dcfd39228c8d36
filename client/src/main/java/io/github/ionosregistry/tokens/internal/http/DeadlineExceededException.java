package io.github.ionosregistry.tokens.internal.http;

import java.io.InterruptedIOException;

/**
 * An exchange was aborted because its attempt's deadline passed: its connection was closed, not drained. Unless it
 * passed before the request was sent (waiting for a connection, connecting, the TLS handshake), the request may or
 * may not have been processed.
 */
public final class DeadlineExceededException extends InterruptedIOException {

	private final Deadline deadline;

	private final boolean beforeSending;

	DeadlineExceededException(Deadline deadline, boolean beforeSending) {
		super(deadline.describe());
		this.deadline = deadline;
		this.beforeSending = beforeSending;
	}

	/** Whether it passed before the request was sent: the service has not seen it. */
	public boolean beforeSending() {
		return this.beforeSending;
	}

	Deadline deadline() {
		return this.deadline;
	}

}
