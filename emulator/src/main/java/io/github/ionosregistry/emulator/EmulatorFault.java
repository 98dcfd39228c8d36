package io.github.ionosregistry.emulator;

/**
 * A fault the emulator can inject into a request, as networks and services fail.
 *
 * @since 0.1.0
 */
public enum EmulatorFault {

	/** Answered {@code 503 Service Unavailable} without processing the request. */
	UNAVAILABLE,

	/** The connection reset without processing the request. */
	CONNECTION_DROPPED,

	/** The request processed (a change made), then the connection reset instead of the answer. */
	ANSWER_LOST

}
