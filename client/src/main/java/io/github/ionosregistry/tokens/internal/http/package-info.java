/**
 * Internal, not API: the HTTP layer under the {@code RestClient}, shared by both HTTP client libraries: attempt
 * deadlines and their watch, bounded response reading, the lazily built client, proxies and the loopback warm-up.
 * May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.http;

import org.jspecify.annotations.NullMarked;
