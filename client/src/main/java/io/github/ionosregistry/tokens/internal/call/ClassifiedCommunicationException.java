package io.github.ionosregistry.tokens.internal.call;

import java.net.URI;

import io.github.ionosregistry.tokens.IonosCommunicationException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A communication failure whose meaning for a retry the client knew when it failed, whatever its cause. It lives
 * between an attempt and the {@link CallRetrier}, which hands the caller the public
 * {@link IonosCommunicationException} it {@linkplain #toPublic() stands for}.
 */
public final class ClassifiedCommunicationException extends IonosCommunicationException {

	private final transient AttemptOutcome outcome;

	private final String problem;

	/**
	 * A failure whose meaning for a retry is known.
	 * @param method the method of the call
	 * @param uri the URI of the call
	 * @param problem what went wrong
	 * @param cause the cause, or {@code null}
	 * @param outcome what the failure tells about the service's state
	 */
	public ClassifiedCommunicationException(HttpMethod method, URI uri, String problem, @Nullable Throwable cause,
			AttemptOutcome outcome) {
		super(method, uri, problem, cause);
		this.outcome = outcome;
		this.problem = problem;
	}

	/**
	 * The same failure as the public type callers catch, with the same message, cause and stack trace.
	 * @return the failure
	 */
	IonosCommunicationException toPublic() {
		IonosCommunicationException failure = new IonosCommunicationException(getMethod(), getUri(), this.problem,
				getCause());
		failure.setStackTrace(getStackTrace());
		return failure;
	}

	/** What the failure tells about the service's state. */
	AttemptOutcome outcome() {
		return this.outcome;
	}

}
