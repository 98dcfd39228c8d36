package io.github.ionosregistry.tokens;

import org.springframework.http.HttpMethod;

/**
 * The calls a rotation makes, each by its HTTP method: the tests lose the answer of each in turn.
 */
enum RotationStep {

	READ(HttpMethod.GET), CREATE(HttpMethod.PUT), SHORTEN_EXPIRY(HttpMethod.PATCH), DELETE(HttpMethod.DELETE);

	private final HttpMethod method;

	RotationStep(HttpMethod method) {
		this.method = method;
	}

	/** Whether a request is this step's call. */
	boolean isCalledBy(HttpMethod method) {
		return this.method.equals(method);
	}

}
