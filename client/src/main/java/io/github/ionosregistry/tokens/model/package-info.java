/**
 * The JSON shapes of the Tokens API as Java records, named as in its OpenAPI description, and the token status.
 */
@NullMarked
package io.github.ionosregistry.tokens.model;

import org.jspecify.annotations.NullMarked;
