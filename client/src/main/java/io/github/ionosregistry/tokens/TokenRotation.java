package io.github.ionosregistry.tokens;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RegistryTokens#rotate} did.
 *
 * @param successor the token created, with its one-time password; {@code null} if the newest token of the base name
 * was younger than the minimum age (or another rotation had just made one), and nothing was done
 * @param deleted the predecessors deleted once the successor existed
 * @param notDeleted predecessors that could not be deleted now; the next rotation deletes them
 * @since 0.1.0
 */
public record TokenRotation(@Nullable PutTokenOutput successor, List<TokenResponse> deleted,
		List<TokenResponse> notDeleted) {

	public TokenRotation(@Nullable PutTokenOutput successor, @Nullable List<TokenResponse> deleted,
			@Nullable List<TokenResponse> notDeleted) {
		this.successor = successor;
		this.deleted = (deleted != null) ? Collections.unmodifiableList(new ArrayList<>(deleted)) : List.of();
		this.notDeleted = (notDeleted != null) ? Collections.unmodifiableList(new ArrayList<>(notDeleted)) : List.of();
	}

	/**
	 * Whether a successor was created.
	 * @return {@code true} if {@link #successor()} holds one
	 */
	public boolean rotated() {
		return this.successor != null;
	}

}
