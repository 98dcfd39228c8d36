/**
 * Spring Boot auto-configuration of a {@link io.github.ionosregistry.tokens.TokensApi} from
 * {@code ionos.registry.*} properties and the standard {@code IONOS_*} environment variables.
 */
@NullMarked
package io.github.ionosregistry.autoconfigure;

import org.jspecify.annotations.NullMarked;
