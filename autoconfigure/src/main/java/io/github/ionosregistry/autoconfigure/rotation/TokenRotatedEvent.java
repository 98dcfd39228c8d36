package io.github.ionosregistry.autoconfigure.rotation;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.TokenRotation;

/**
 * Published when a scheduled rotation ({@code ionos.registry.rotation.*}) made a token for this replica: its first
 * at start, then each successor. It carries the new credentials, to deliver to the token's consumers (a Vault, a
 * Kubernetes pull secret, a CI variable). The replica's previous token starts its grace only once every listener
 * has returned, so a listener that throws gets the same credentials again at the next check, and the previous token
 * stays valid meanwhile. {@link #toString()} never shows the password.
 * <pre class="code">
 * &#64;EventListener
 * void deliver(TokenRotatedEvent rotated) {
 *     vault.write("secret/ci/registry", rotated.credentials().toDockerConfigJson());
 * }
 * </pre>
 *
 * @param baseName the base name rotated
 * @param credentials the new token's Docker credentials: the registry's hostname, its name and one-time password
 * @param rotation what the rotation does: the token made, and the tokens it supersedes with when each stops working
 * @since 0.1.0
 */
public record TokenRotatedEvent(String baseName, DockerCredentials credentials, TokenRotation rotation) {

	@Override
	public String toString() {
		return "TokenRotatedEvent[baseName=" + this.baseName + ", credentials=" + this.credentials + ", superseded="
				+ this.rotation.superseded().size() + ", retired=" + this.rotation.retired().size() + "]";
	}

}
