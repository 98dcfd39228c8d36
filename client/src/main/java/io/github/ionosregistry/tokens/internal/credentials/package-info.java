/**
 * Internal, not API: credential sources behind {@code IonosCredentialsProvider}, such as a token file read again
 * when it changes. May change in any release.
 */
@NullMarked
package io.github.ionosregistry.tokens.internal.credentials;

import org.jspecify.annotations.NullMarked;
