/**
 * Where the client's connection comes from: the {@code ionos.registry.*} settings, the {@code IONOS_*} environment
 * variables and the IONOS config file, resolved in one place in the documented order, and the start-up failure
 * reports of what cannot be used.
 */
@NullMarked
package io.github.ionosregistry.autoconfigure.connection;

import org.jspecify.annotations.NullMarked;
