/**
 * Internal, not API: the request factory on the JDK's {@code java.net.http.HttpClient}, with its deadlines,
 * bounded bodies and connection limit, on the selector thread alone. May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.http.jdk;

import org.jspecify.annotations.NullMarked;
