package io.github.ionosregistry.tokens.internal.docker;

import java.nio.file.Path;
import io.github.ionosregistry.tokens.DockerCredentials;

/**
 * A process of its own that writes Docker credentials for {@code count} registries into one Docker config file, for
 * the test of two processes writing at once: {@code DockerConfigWriter <file> <host prefix> <count>}.
 */
public final class DockerConfigWriter {

	private DockerConfigWriter() {
	}

	public static void main(String[] args) {
		Path file = Path.of(args[0]);
		for (int i = 0; i < Integer.parseInt(args[2]); i++) {
			new DockerCredentials(args[1] + i + ".example.com", "user-" + i, "password-" + i).writeDockerConfig(file);
		}
	}

}
