/**
 * Internal, not API: the call machinery: the operations over a {@code RestClient}, one attempt's exchange and
 * its errors, retries and their outcomes, pages, safe creation and the rehearsal of a warm-up. May change in any
 * release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.call;

import org.jspecify.annotations.NullMarked;
