package io.github.ionosregistry.test.registry;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds the real registry ({@code docker-registry}, CNCF Distribution as Debian packages it) and the real client
 * ({@code skopeo}) on the {@code PATH}. Without them the tests that need them are skipped, saying so in one line;
 * with {@code IONOS_REGISTRY_E2E=required} (as {@code .ci/run} sets it) they fail instead.
 */
public final class RegistryTools {

	private static boolean said;

	private RegistryTools() {
	}

	/** Skips the calling test, or fails it when the tools are required, unless both tools are installed. */
	public static void assumeInstalled() {
		boolean installed = find("docker-registry").isPresent() && find("skopeo").isPresent();
		String reason = "real registry tests skipped: docker-registry and skopeo are not on the PATH "
				+ "(apt-get install docker-registry skopeo; see the README, \"Testing your tokens against a real registry\")";
		if (!installed && "required".equals(System.getenv("IONOS_REGISTRY_E2E"))) {
			fail(reason + ", and IONOS_REGISTRY_E2E=required");
		}
		if (!installed && !said) {
			said = true;
			System.out.println(reason);
		}
		assumeTrue(installed, reason);
	}

	static Path require(String tool) {
		return find(tool).orElseThrow(() -> new IllegalStateException(tool + " is not on the PATH"));
	}

	private static Optional<Path> find(String tool) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Arrays.stream(path.split(File.pathSeparator))
			.map((directory) -> Path.of(directory, tool))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
