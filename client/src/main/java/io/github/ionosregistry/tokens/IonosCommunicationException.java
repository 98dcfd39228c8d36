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

	private final String problem;

	public IonosCommunicationException(HttpMethod method, URI uri, String problem, @Nullable Throwable cause) {
		super(describe(method, uri) + " failed: " + problem, method, withoutUserInfo(uri), cause);
		this.problem = problem;
	}

	/**
	 * What went wrong, without the call: the connection refused, the deadline passed, the answer too large.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

}
