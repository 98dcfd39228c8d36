package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;
import java.util.UUID;

import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.SupersededToken;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/** A superseded token in its grace. */
record TokenInGrace(TokenResponse token, Instant supersededAt, Instant graceEnd, @Nullable Instant expiresAt) {

	UUID id() {
		return TokenFacts.id(this.token);
	}

	@Nullable String name() {
		return TokenFacts.name(this.token);
	}

	static TokenInGrace resumed(TokenResponse token, Instant graceEnd, RotationPolicy policy) {
		return new TokenInGrace(token, graceEnd.minus(policy.retireAfter()), graceEnd, TokenFacts.expiresAt(token));
	}

	TokenInGrace as(TokenResponse listed) {
		return new TokenInGrace(listed, this.supersededAt, this.graceEnd, TokenFacts.expiresAt(listed));
	}

	SupersededToken asSuperseded() {
		return new SupersededToken(this.token, this.supersededAt, this.graceEnd);
	}

}
