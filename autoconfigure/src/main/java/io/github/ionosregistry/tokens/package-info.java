/**
 * Client for the Tokens API of the IONOS Cloud Container Registry: {@link io.github.ionosregistry.tokens.TokensApi},
 * its {@link org.springframework.web.client.RestClient} implementation, the records of the API's JSON shapes and
 * the exceptions it throws. Usable without Spring Boot.
 */
@NullMarked
package io.github.ionosregistry.tokens;

import org.jspecify.annotations.NullMarked;
