package io.github.ionosregistry.tokens.internal.rotation;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * The scopes a successor takes: the policy's, if it has any; else those of the token it succeeds; else, for the
 * first token, those of the newest token of the base name that has some.
 */
final class SuccessorScopes {

	private SuccessorScopes() {
	}

	/**
	 * The scopes.
	 * @param predecessor the token the successor succeeds, {@code null} for the first
	 * @param ofBaseName the base name's tokens, read only when the first two give none
	 * @throws NoScopesException if none of them gives any
	 */
	static List<Scope> of(RotationPolicy policy, String baseName, @Nullable TokenResponse predecessor,
			Supplier<Stream<TokenResponse>> ofBaseName) {
		if (!policy.scopes().isEmpty()) {
			return policy.scopes();
		}
		if (predecessor != null && !TokenFacts.scopes(predecessor).isEmpty()) {
			return TokenFacts.scopes(predecessor);
		}
		return ofBaseName.get()
			.sorted(TokenFacts.OLDEST_FIRST.reversed())
			.map(TokenFacts::scopes)
			.filter((scopes) -> !scopes.isEmpty())
			.findFirst()
			.orElseThrow(() -> new NoScopesException(baseName));
	}

}
