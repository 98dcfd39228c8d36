package io.github.ionosregistry.tokens;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The credential a {@link CredentialHolder} holds now: the token it delivered last, with its password, and when it
 * is renewed. {@link #toString()} never shows the password.
 *
 * @param credentials the registry's hostname, the token's name and its password
 * @param tokenId the token's id
 * @param createdAt when the service created the token
 * @param expiresAt the token's expiry date, after which the service refuses and deletes it; {@code null} for none
 * @param successorDueAt when its successor is due: its creation plus {@link RotationPolicy#rotateAfter()}, or sooner if its
 * expiry date leaves less than the grace after that
 * @since 0.1.0
 */
public record HeldCredential(DockerCredentials credentials, UUID tokenId, Instant createdAt,
		@Nullable Instant expiresAt, Instant successorDueAt) {

}
