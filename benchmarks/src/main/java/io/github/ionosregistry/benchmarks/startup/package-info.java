/**
 * Minimal applications whose start-up the benchmarks compare: with the starter, and with the restclient starter only.
 */
@NullMarked
package io.github.ionosregistry.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
