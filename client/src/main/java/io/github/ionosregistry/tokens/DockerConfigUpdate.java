package io.github.ionosregistry.tokens;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What writing Docker credentials into a Docker config file did, and whether Docker will use them.
 *
 * @param file the Docker config file
 * @param hostname the registry whose {@code auths} entry was written
 * @param credentialHelper the credential helper that Docker asks for this registry instead of the {@code auths}
 * entry ({@code credHelpers[hostname]}, else {@code credsStore}), or {@code null} if none: then Docker, and every
 * client reading the file, uses the entry written
 * @since 0.1.0
 */
public record DockerConfigUpdate(Path file, String hostname, @Nullable String credentialHelper) {

	/**
	 * Whether Docker uses the credentials written: no credential helper of the file takes this registry.
	 * @return {@code true} if the {@code auths} entry is what Docker reads for the registry
	 */
	public boolean usedByDocker() {
		return this.credentialHelper == null;
	}

}
