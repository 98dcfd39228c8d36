/**
 * A client for the Tokens API of the IONOS Cloud Container Registry: {@link io.github.ionosregistry.tokens.TokensApi}
 * and its builder, the credentials it sends, the settings of its retries and the exceptions it throws; usable
 * without Spring Boot. Everything not public here is internal.
 */
@NullMarked
package io.github.ionosregistry.tokens;

import org.jspecify.annotations.NullMarked;
