package io.github.ionosregistry.tokens.internal.http;

import java.io.InterruptedIOException;

/**
 * An exchange was aborted because its attempt's deadline passed: its connection was closed, not drained. The
 * request may or may not have been processed.
 */
public final class DeadlineExceededException extends InterruptedIOException {

	private final Deadline deadline;

	DeadlineExceededException(Deadline deadline) {
		super(deadline.describe());
		this.deadline = deadline;
	}

	Deadline deadline() {
		return this.deadline;
	}

}
