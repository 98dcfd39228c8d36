package io.github.ionosregistry.tokens;

/**
 * Hands a new token's credentials to whoever uses them: a Docker config file, a Kubernetes secret, a CI variable.
 * A rotation calls it after creating a token and before the token it replaces starts its grace, so a delivery that
 * fails never leaves consumers with a credential that is about to be retired: the rotation fails, the token delivered
 * before stays current, and the next rotation delivers again.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CredentialDelivery {

	/** Delivers nothing: the caller takes the password from the rotation's result. */
	CredentialDelivery NONE = (credentials, rotation) -> {
	};

	/**
	 * Checks, before a token is made, that a delivery can succeed (a file that can be written, a store that can be
	 * reached), so that no token is made for a destination that will refuse it.
	 * @throws RuntimeException naming what would refuse the delivery
	 */
	default void checkReady() {
	}

	/**
	 * Delivers a new token's credentials.
	 * @param credentials the registry's hostname, the token's name and its one-time password
	 * @param rotation what the rotation does: the token made, and the tokens it supersedes with the time each stays
	 * valid
	 * @throws RuntimeException if the delivery failed; the rotation then fails and is tried again
	 */
	void deliver(DockerCredentials credentials, TokenRotation rotation);

}
