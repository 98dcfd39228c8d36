/**
 * A command-line tool for the tokens of an IONOS container registry, built on the starter.
 */
@NullMarked
package io.github.ionosregistry.sample;

import org.jspecify.annotations.NullMarked;
