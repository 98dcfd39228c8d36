package io.github.ionosregistry.tokens;

import java.util.List;

import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RegistryTokens#rotate} did: the successor it made, the superseded tokens that stay valid and until
 * when, and those it retired.
 *
 * @param successor the token created, with its one-time password; {@code null} if the newest token of the base name
 * was younger than {@link RotationPolicy#rotateAfter()} (or another rotation had just made one)
 * @param superseded the superseded tokens still valid, each until its {@link SupersededToken#retiresAt()}
 * @param retired the superseded tokens deleted, their grace having passed
 * @param notRetired superseded tokens whose grace has passed but that could not be deleted now; the next rotation
 * deletes them
 * @since 0.1.0
 */
public record TokenRotation(@Nullable PutTokenOutput successor, List<SupersededToken> superseded,
		List<TokenResponse> retired, List<TokenResponse> notRetired) {

	public TokenRotation {
		superseded = List.copyOf(superseded);
		retired = List.copyOf(retired);
		notRetired = List.copyOf(notRetired);
	}

	/**
	 * Whether a successor was created.
	 * @return {@code true} if {@link #successor()} holds one
	 */
	public boolean rotated() {
		return this.successor != null;
	}

}
