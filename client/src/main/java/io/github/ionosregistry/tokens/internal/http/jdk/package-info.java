/**
 * Internal, not API: the request factory on the JDK's {@code java.net.http.HttpClient}, with its deadlines,
 * bounded bodies, connection limit and executor. May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.http.jdk;

import org.jspecify.annotations.NullMarked;
