/**
 * Internal, not API: merging registry logins into a Docker config file, owner-only and atomically, as
 * {@code docker login} does. May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.docker;

import org.jspecify.annotations.NullMarked;
