/**
 * Internal, not API: the rules shared by the client's settings and arguments (checks, limits, the API URL
 * policy) and what formats them. May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal;

import org.jspecify.annotations.NullMarked;
