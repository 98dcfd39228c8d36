package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.TokenRotation;

/**
 * Published when a scheduled rotation ({@code ionos.registry.rotation.*}) made a successor: the new credentials, to
 * deliver to the token's consumers (a Vault, a Kubernetes pull secret, a CI variable) before the superseded tokens'
 * grace ends. The rotation says which tokens it superseded and until when they stay valid. {@link #toString()} never
 * shows the password.
 * <pre class="code">
 * &#64;EventListener
 * void deliver(TokenRotatedEvent rotated) {
 *     vault.write("secret/ci/registry", rotated.credentials().toDockerConfigJson());
 * }
 * </pre>
 *
 * @param baseName the base name rotated
 * @param credentials the successor's Docker credentials: the registry's hostname, its name and one-time password
 * @param rotation what the rotation did
 * @since 0.1.0
 */
public record TokenRotatedEvent(String baseName, DockerCredentials credentials, TokenRotation rotation) {

	@Override
	public String toString() {
		return "TokenRotatedEvent[baseName=" + this.baseName + ", credentials=" + this.credentials + ", superseded="
				+ this.rotation.superseded().size() + ", retired=" + this.rotation.retired().size() + "]";
	}

}
