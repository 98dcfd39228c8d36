/**
 * On-demand benchmarks of the TokensApi against a loopback server, run with {@code bash benchmarks/run}.
 */
@NullMarked
package io.github.ionosregistry.benchmarks;

import org.jspecify.annotations.NullMarked;
