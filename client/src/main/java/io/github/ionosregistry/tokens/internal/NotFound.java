package io.github.ionosregistry.tokens.internal;

import java.util.Optional;
import java.util.function.Supplier;

import io.github.ionosregistry.tokens.IonosApiException;

/** A call on one token whose answer 404 (the service has no such token) is an empty result, not a failure. */
public final class NotFound {

	private NotFound() {
	}

	/**
	 * The call's answer, empty if the service answered 404.
	 * @param call the call
	 * @return its answer
	 * @throws IonosApiException for any other error answer
	 */
	public static <T> Optional<T> asEmpty(Supplier<T> call) {
		try {
			return Optional.of(call.get());
		}
		catch (IonosApiException ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
