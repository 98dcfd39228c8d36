/**
 * The actuator health contributors of the IONOS Container Registry: whether the registry can be read, and whether
 * each scheduled rotation keeps this replica's credential valid.
 */
@NullMarked
package io.github.ionosregistry.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
