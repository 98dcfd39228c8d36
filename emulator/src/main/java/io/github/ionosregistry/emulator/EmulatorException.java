package io.github.ionosregistry.emulator;

/**
 * A request the emulator refuses, with the status and error code of its {@code ApiErrorResponse}.
 */
final class EmulatorException extends RuntimeException {

	private final int status;

	private final String errorCode;

	private final String problem;

	private EmulatorException(int status, String errorCode, String problem) {
		super(problem, null, false, false);
		this.status = status;
		this.errorCode = errorCode;
		this.problem = problem;
	}

	static EmulatorException badRequest(String message) {
		return new EmulatorException(400, "VALIDATION_FAILED", message);
	}

	static EmulatorException unauthorized() {
		return new EmulatorException(401, "UNAUTHORIZED", "Authentication failed: missing or invalid credentials");
	}

	static EmulatorException notFound(String message) {
		return new EmulatorException(404, "NOT_FOUND", message);
	}

	static EmulatorException methodNotAllowed(String method) {
		return new EmulatorException(405, "METHOD_NOT_ALLOWED", "Method " + method + " is not allowed here");
	}

	static EmulatorException unavailable() {
		return new EmulatorException(503, "SERVICE_UNAVAILABLE", "The service is unavailable; try again later");
	}

	static EmulatorException conflict(String message) {
		return new EmulatorException(409, "CONFLICT", message);
	}

	int status() {
		return this.status;
	}

	String errorCode() {
		return this.errorCode;
	}

	/** The message of the {@code ApiErrorResponse}. */
	String problem() {
		return this.problem;
	}

}
