package io.github.ionosregistry.tokens.model;

/**
 * The body that creates or replaces a token under an id the caller chose. The name of an existing token cannot
 * change.
 *
 * @param properties the token to create or the replacement
 * @since 0.1.0
 */
public record PutTokenInput(PostTokenProperties properties) {

	public static PutTokenInput of(PostTokenProperties properties) {
		return new PutTokenInput(properties);
	}

}
