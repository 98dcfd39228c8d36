/**
 * Scheduled token rotation, when {@code ionos.registry.rotation.<base-name>.*} is set: each replica of the
 * application holds its own generation of tokens of each base name and keeps it current.
 */
@NullMarked
package io.github.ionosregistry.autoconfigure.rotation;

import org.jspecify.annotations.NullMarked;
