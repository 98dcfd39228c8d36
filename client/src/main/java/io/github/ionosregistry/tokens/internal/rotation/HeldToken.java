package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;
import java.util.UUID;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.HeldCredential;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/** A token this holder holds, with its password. */
record HeldToken(TokenResponse token, DockerCredentials credentials, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable PutTokenOutput created) {

	static HeldToken made(PutTokenOutput created, DockerCredentials credentials, Instant now) {
		TokenProperties made = created.properties();
		TokenProperties withoutPassword = (made != null) ? new TokenProperties(
				new Credentials("", credentials.username()), made.expiryDate(), made.name(), made.scopes(),
				made.status()) : null;
		TokenResponse token = new TokenResponse(created.href(), created.id(), created.metadata(), withoutPassword,
				created.type());
		return new HeldToken(token, credentials, TokenFacts.createdAt(created.metadata(), now),
				TokenFacts.expiresAt(made), created);
	}

	static HeldToken resumed(TokenResponse token, DockerCredentials credentials) {
		return new HeldToken(token, credentials, TokenFacts.createdAt(token), TokenFacts.expiresAt(token), null);
	}

	UUID id() {
		return TokenFacts.id(this.token);
	}

	/** The same token as the service has it now. */
	HeldToken as(TokenResponse listed) {
		return new HeldToken(listed, this.credentials, this.createdAt, TokenFacts.expiresAt(listed), this.created);
	}

	/** The end of its lifetime, past which no renewal keeps it. */
	Instant end(RotationPolicy policy) {
		return this.createdAt.plus(policy.tokenLifetime());
	}

	HeldCredential describe(RotationPolicy policy) {
		return new HeldCredential(this.credentials, id(), this.createdAt, this.expiresAt,
				SuccessorDue.at(this.createdAt, end(policy), policy));
	}

	@Override
	public String toString() {
		return "HeldToken[" + this.credentials + "]";
	}

}
