package io.github.ionosregistry.tokens;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A call got no usable answer: the connection failed, a deadline passed, the answer was too large, or it could not
 * be read.
 *
 * @since 0.1.0
 */
public class IonosCommunicationException extends IonosRegistryException {

	private final transient @Nullable AttemptOutcome outcome;

	public IonosCommunicationException(HttpMethod method, URI uri, String problem, @Nullable Throwable cause) {
		this(method, uri, problem, cause, null);
	}

	/**
	 * A failure whose meaning for a repeat is known, whatever its cause.
	 * @param method the method of the call
	 * @param uri the URI of the call
	 * @param problem what went wrong
	 * @param cause the cause, or {@code null}
	 * @param outcome what the failure tells about the service's state, {@code null} to judge by the cause
	 */
	IonosCommunicationException(HttpMethod method, URI uri, String problem, @Nullable Throwable cause,
			@Nullable AttemptOutcome outcome) {
		super(describe(method, uri) + " failed: " + problem, method, withoutUserInfo(uri), cause);
		this.outcome = outcome;
	}

	/** What the failure tells about the service's state, if the client knew it when it failed. */
	@Nullable AttemptOutcome outcome() {
		return this.outcome;
	}

}
