package io.github.ionosregistry.tokens.internal.rotation;

/**
 * A base name's first token cannot be made: the rotation policy gives no scopes and no token of the base name has any
 * to take.
 */
public final class NoScopesException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String baseName;

	NoScopesException(String baseName) {
		super("No token of " + baseName + " (named " + baseName + ", " + baseName + "-<yyyyMMddHHmmss> or a holder's "
				+ baseName + "-<holder id>-<yyyyMMddHHmmss>) to take the scopes of the first token from, and the "
				+ "rotation policy gives none: give them with RotationPolicy.withScopes");
		this.baseName = baseName;
	}

	/** The base name. */
	public String baseName() {
		return this.baseName;
	}

}
