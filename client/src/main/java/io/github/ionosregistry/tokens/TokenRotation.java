package io.github.ionosregistry.tokens;

import java.util.List;

import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * What a rotation ({@link RegistryTokens#rotate}, {@link CredentialHolder#check()}) did: the successor it delivered,
 * the superseded tokens that stay valid and until when, and those it retired.
 *
 * @param successor the token delivered, with its one-time password; {@code null} if none was due (or another
 * rotation had just made one)
 * @param superseded the superseded tokens still valid, each until its {@link SupersededToken#retiresAt()}
 * @param retired the superseded tokens deleted, their grace having passed
 * @since 0.1.0
 */
public record TokenRotation(@Nullable PutTokenOutput successor, List<SupersededToken> superseded,
		List<TokenResponse> retired) {

	public TokenRotation {
		superseded = List.copyOf(superseded);
		retired = List.copyOf(retired);
	}

	/**
	 * Whether a successor was delivered.
	 * @return {@code true} if {@link #successor()} holds one
	 */
	public boolean rotated() {
		return this.successor != null;
	}

}
