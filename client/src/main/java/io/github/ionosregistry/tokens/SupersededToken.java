package io.github.ionosregistry.tokens;

import java.time.Instant;

import io.github.ionosregistry.tokens.model.TokenResponse;

/**
 * A token that a newer token of its base name supersedes, and that stays valid for its grace.
 *
 * @param token the token
 * @param supersededAt when the first newer token of its base name was created
 * @param retiresAt when a rotation deletes it: {@code supersededAt} plus the grace
 * @since 0.1.0
 */
public record SupersededToken(TokenResponse token, Instant supersededAt, Instant retiresAt) {

}
