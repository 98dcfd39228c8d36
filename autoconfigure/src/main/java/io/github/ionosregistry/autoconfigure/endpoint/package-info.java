/**
 * The actuator endpoint {@code ionosregistry}: the registry's tokens with their expiry, never a credential.
 */
@NullMarked
package io.github.ionosregistry.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
