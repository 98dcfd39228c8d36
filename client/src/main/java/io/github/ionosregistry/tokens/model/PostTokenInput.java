package io.github.ionosregistry.tokens.model;

/**
 * The body that creates a token.
 *
 * @param properties the token to create
 * @since 0.1.0
 */
public record PostTokenInput(PostTokenProperties properties) {

	public static PostTokenInput of(PostTokenProperties properties) {
		return new PostTokenInput(properties);
	}

}
