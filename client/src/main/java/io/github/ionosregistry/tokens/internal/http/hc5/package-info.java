/**
 * Internal, not API: the request factory on Apache HttpClient 5, with its deadlines, bounded bodies and protocol
 * limits. May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.http.hc5;

import org.jspecify.annotations.NullMarked;
