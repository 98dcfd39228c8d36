package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.tokens.model.ApiResourceMetadata;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.jspecify.annotations.Nullable;

/** What a rotation reads of a token as the API answers it, every field of which may be missing. */
final class TokenFacts {

	/** Oldest first; tokens made in the same second by their names, whose stamps then order them. */
	static final Comparator<TokenResponse> OLDEST_FIRST = Comparator
		.comparing((TokenResponse token) -> createdAt(token))
		.thenComparing((token) -> String.valueOf(name(token)));

	private TokenFacts() {
	}

	static @Nullable String name(TokenResponse token) {
		return (token.properties() != null) ? token.properties().name() : null;
	}

	static UUID id(TokenResponse token) {
		UUID id = token.id();
		if (id == null) {
			throw new IllegalStateException("The API answered a token without its id: " + name(token));
		}
		return id;
	}

	/** When the service made it; the epoch if the answer does not say. */
	static Instant createdAt(TokenResponse token) {
		return createdAt(token.metadata(), Instant.EPOCH);
	}

	static Instant createdAt(@Nullable ApiResourceMetadata metadata, Instant otherwise) {
		OffsetDateTime created = (metadata != null) ? metadata.createdDate() : null;
		return (created != null) ? created.toInstant() : otherwise;
	}

	static @Nullable Instant expiresAt(TokenResponse token) {
		return expiresAt(token.properties());
	}

	static @Nullable Instant expiresAt(@Nullable TokenProperties properties) {
		OffsetDateTime expiry = (properties != null) ? properties.expiryDate() : null;
		return (expiry != null) ? expiry.toInstant() : null;
	}

	static List<Scope> scopes(TokenResponse token) {
		return (token.properties() != null) ? token.properties().scopes() : List.of();
	}

	/** Its status as the service knows it, {@code null} for one this client does not know. */
	static @Nullable TokenStatus status(TokenResponse token) {
		TokenStatus status = (token.properties() != null) ? token.properties().status() : null;
		return (status == TokenStatus.UNKNOWN) ? null : status;
	}

}
