package io.github.ionosregistry.tokens.internal.http;

import java.io.IOException;

/**
 * An answer was longer than the client accepts; its connection was closed, not drained. A repeat would get the same.
 */
public final class ResponseTooLargeException extends IOException {

	public ResponseTooLargeException(String message) {
		super(message);
	}

}
