package io.github.ionosregistry.test.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real client: {@code skopeo}, reading its credentials from a Docker config file ({@code --authfile}), against
 * a plain-http registry ({@code --tls-verify=false}).
 */
public final class Skopeo {

	private final Path authFile;

	private final Path workDirectory;

	/**
	 * @param authFile the Docker config file this project wrote
	 * @param workDirectory where pulled images go
	 */
	public Skopeo(Path authFile, Path workDirectory) {
		this.authFile = authFile;
		this.workDirectory = workDirectory;
	}

	/** What a run of skopeo gave. */
	public record Result(int exitCode, String output) {

		public boolean succeeded() {
			return this.exitCode == 0;
		}

		/** Whether the registry refused the credentials or the access, as skopeo reports it. */
		public boolean refused() {
			return this.exitCode != 0 && (this.output.contains("denied") || this.output.contains("unauthorized")
					|| this.output.contains("authentication required") || this.output.contains("401"));
		}

	}

	/** Pushes the image in an OCI layout to {@code <registry>/<repository>:<tag>}. */
	public Result push(OciImage image, String registry, String repositoryAndTag) throws IOException, InterruptedException {
		return run("copy", "--dest-tls-verify=false", "--dest-authfile", this.authFile.toString(),
				"oci:" + image.layout() + ":latest", "docker://" + registry + "/" + repositoryAndTag);
	}

	/** Pulls {@code <registry>/<repository>:<tag>} into a new OCI layout. */
	public Result pull(String registry, String repositoryAndTag) throws IOException, InterruptedException {
		Path target = this.workDirectory.resolve("pulled-" + System.nanoTime());
		return run("copy", "--src-tls-verify=false", "--src-authfile", this.authFile.toString(),
				"docker://" + registry + "/" + repositoryAndTag, "oci:" + target + ":latest");
	}

	private Result run(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(RegistryTools.require("skopeo").toString());
		command.add("--command-timeout=30s");
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return new Result(-1, output + "\n(skopeo did not end within 60 s)");
		}
		return new Result(process.exitValue(), output);
	}

}
