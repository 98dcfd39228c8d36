package io.github.ionosregistry.tokens;

import java.nio.file.Path;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.rotation.Destinations;

/**
 * Hands a new token's credentials to whoever uses them: a Docker config file, a Kubernetes secret, a CI variable.
 * A rotation calls it after creating a token and before the token it replaces starts its grace, so a delivery that
 * fails never leaves consumers with a credential that is about to be retired: the rotation fails, the token delivered
 * before stays current, and the next rotation delivers again. A holder delivers its credential again whenever it
 * renews the credential's lease ({@link TokenRotation#rotated()} is then {@code false}), so that a destination several
 * holders write always holds a credential that lives.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CredentialDelivery {

	/** Delivers nothing: the caller takes the password from the rotation's result. */
	CredentialDelivery NONE = (credentials, rotation) -> {
	};

	/**
	 * A Docker config file: each credential merged into it as {@code docker login} does (see
	 * {@link DockerCredentials#writeDockerConfig}), checked before any token is made. A holder keeps a claim beside it
	 * (a hidden file {@code .<file name>.<base name>-<holder id>.holder}, holding token ids, never a password, locked
	 * by the operating system while the holder's process lives), so that a holder started again with the same file
	 * takes back the credential it holds, and a holder that stops knows whether other holders still write the file.
	 * @param file the Docker config file
	 * @return the delivery
	 */
	static CredentialDelivery dockerConfig(Path file) {
		return Destinations.dockerConfig(Arguments.requireNonNull(file, "file"));
	}

	/**
	 * Checks, before a token is made, that a delivery can succeed (a file that can be written, a store that can be
	 * reached), so that no token is made for a destination that will refuse it.
	 * @throws RuntimeException naming what would refuse the delivery
	 */
	default void checkReady() {
	}

	/**
	 * Delivers a token's credentials.
	 * @param credentials the registry's hostname, the token's name and its password
	 * @param rotation what the rotation does: the token made, and the tokens it supersedes with the time each stays
	 * valid
	 * @throws RuntimeException if the delivery failed; the rotation then fails and is tried again
	 */
	void deliver(DockerCredentials credentials, TokenRotation rotation);

	/**
	 * This delivery, then another.
	 * @param then the delivery after this one
	 * @return the two, in that order; checked ready both
	 */
	default CredentialDelivery andThen(CredentialDelivery then) {
		return Destinations.chain(this, Arguments.requireNonNull(then, "then"));
	}

}
