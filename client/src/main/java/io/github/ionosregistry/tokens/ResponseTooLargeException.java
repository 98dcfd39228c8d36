package io.github.ionosregistry.tokens;

import java.io.IOException;

/**
 * An answer was longer than the client accepts; its connection was closed, not drained. A repeat would get the same.
 */
final class ResponseTooLargeException extends IOException {

	ResponseTooLargeException(String message) {
		super(message);
	}

}
