package io.github.ionosregistry.tokens.internal.call;

import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * What a successful answer must hold for its operation to return it: something at all (never JSON {@code null}),
 * and, for a token, its id, without which the caller can neither find, change nor delete it.
 */
public final class ResponseShape {

	private ResponseShape() {
	}

	/**
	 * What a decoded answer lacks.
	 * @param answer the decoded answer
	 * @return a description of what is missing, or {@code null} if nothing is
	 */
	static @Nullable String lacking(@Nullable Object answer) {
		if (answer == null) {
			return "JSON null";
		}
		boolean tokenWithoutId = (answer instanceof TokenResponse token && token.id() == null)
				|| (answer instanceof PostTokenOutput created && created.id() == null)
				|| (answer instanceof PutTokenOutput put && put.id() == null);
		return tokenWithoutId ? "a token without an id" : null;
	}

}
