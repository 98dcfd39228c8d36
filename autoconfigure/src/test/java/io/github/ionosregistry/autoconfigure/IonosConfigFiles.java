package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * IONOS config files for tests, in the format of the IONOS SDKs and CLI.
 */
public final class IonosConfigFiles {

	private IonosConfigFiles() {
	}

	/**
	 * A file with two profiles: {@code prod} (current, token {@code prod-token}, the default endpoint) and
	 * {@code staging} (token {@code staging-token}, its containerregistry endpoint at {@code stagingEndpoint}).
	 */
	public static Path twoProfiles(Path directory, String stagingEndpoint, String stagingCertificateAuthData) {
		return write(directory, """
				version: 1.0
				currentProfile: prod
				profiles:
				  - name: prod
				    environment: prod
				    credentials:
				      token: prod-token
				  - name: Staging
				    environment: staging
				    credentials:
				      token: staging-token
				environments:
				  - name: prod
				    products: []
				  - name: staging
				    products:
				      - name: dns
				        endpoints:
				          - name: dns.example.com
				      - name: ContainerRegistry
				        endpoints:
				          - name: registry.de-fra.example.com
				            location: de/fra
				          - name: %s
				%s
				""".formatted(stagingEndpoint, (stagingCertificateAuthData != null)
				? "            certificateAuthData: |\n" + stagingCertificateAuthData.indent(14).stripTrailing() : ""));
	}

	public static Path write(Path directory, String content) {
		try {
			return Files.writeString(directory.resolve("config"), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
