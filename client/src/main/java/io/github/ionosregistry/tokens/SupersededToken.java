package io.github.ionosregistry.tokens;

import java.time.Instant;

import io.github.ionosregistry.tokens.model.TokenResponse;

/**
 * A token that a newer token of its base name supersedes, and that stays valid for its grace.
 *
 * @param token the token
 * @param supersededAt when its grace started: when its successor was delivered (for a token older than that, when
 * the next newer token was made)
 * @param retiresAt when it stops working: the end of its grace, which its expiry date enforces (or its own expiry
 * date, when that comes first)
 * @since 0.1.0
 */
public record SupersededToken(TokenResponse token, Instant supersededAt, Instant retiresAt) {

}
