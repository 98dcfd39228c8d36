/**
 * A client for the Tokens API of the IONOS Cloud Container Registry: {@link io.github.ionosregistry.tokens.TokensApi}
 * and its builder, the credentials it sends, the settings of its retries and the exceptions it throws; usable
 * without Spring Boot. The packages named {@code internal} below it are not API: public only for the client's own
 * packages, left out of the Javadoc, and free to change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens;

import org.jspecify.annotations.NullMarked;
