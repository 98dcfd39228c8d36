package io.github.ionosregistry.tokens.internal.http;

/**
 * The bounds on what a server may send, beyond the {@code max-response-size} of a success response, that the HTTP
 * clients the API builds and the reading of an error response enforce.
 */
public final class HttpLimits {

	/** The most bytes of an error response read: its {@code ApiErrorResponse}, or the start of a proxy's page. */
	public static final int MAX_ERROR_BODY_BYTES = 16 * 1024;

	/** The longest header line accepted. */
	public static final int MAX_HEADER_LINE_LENGTH = 16 * 1024;

	/** The most header lines of one response. */
	public static final int MAX_HEADER_COUNT = 100;

	/** The most interim (1xx) responses to one request. */
	public static final int MAX_INTERIM_RESPONSES = 10;

	private HttpLimits() {
	}

}
