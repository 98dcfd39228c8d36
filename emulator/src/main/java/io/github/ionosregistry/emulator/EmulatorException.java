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

	/** A registry login that is refused, saying no more than that: which part was wrong stays unknown. */
	static EmulatorException loginRefused() {
		return new EmulatorException(401, "UNAUTHORIZED",
				"Registry login refused: the user name must be the name of an enabled, unexpired token of the registry "
						+ "named by service, and the password its password");
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

	static EmulatorException stateNotSaved() {
		return new EmulatorException(500, "INTERNAL_ERROR",
				"The emulator could not save its state file; nothing was changed");
	}

	static EmulatorException internalError() {
		return new EmulatorException(500, "INTERNAL_ERROR", "The emulator could not answer this request");
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
