package io.github.ionosregistry.tokens.internal.call;

import java.net.URI;

import io.github.ionosregistry.tokens.IonosCommunicationException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A communication failure whose meaning for a retry the client knew when it failed, whatever its cause: users catch
 * it as the {@link IonosCommunicationException} it is.
 */
public final class ClassifiedCommunicationException extends IonosCommunicationException {

	private final transient AttemptOutcome outcome;

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
	}

	/** What the failure tells about the service's state. */
	AttemptOutcome outcome() {
		return this.outcome;
	}

}
