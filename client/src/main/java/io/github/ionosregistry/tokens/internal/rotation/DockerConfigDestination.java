package io.github.ionosregistry.tokens.internal.rotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.TokenRotation;
import io.github.ionosregistry.tokens.internal.docker.DockerConfigFile;

/**
 * A Docker config file as a rotation's destination: each new token's credentials merged into it, checked before any
 * token is made; the claims of the holders that deliver to it beside it, as hidden files
 * {@code .<file name>.<base name>-<holder id>.holder}.
 */
final class DockerConfigDestination implements CredentialDelivery, ResumableDestination {

	private static final String CLAIM_SUFFIX = ".holder";

	private final Path file;

	private final Path directory;

	DockerConfigDestination(Path file) {
		this.file = file.toAbsolutePath().normalize();
		Path parent = this.file.getParent();
		if (parent == null) {
			throw new IllegalArgumentException("The Docker config file " + file + " has no directory");
		}
		this.directory = parent;
	}

	@Override
	public void checkReady() {
		DockerCredentials.checkDockerConfig(this.file);
	}

	@Override
	public void deliver(DockerCredentials credentials, TokenRotation rotation) {
		credentials.writeDockerConfig(this.file);
	}

	@Override
	public Optional<DockerCredentials> held(String hostname) {
		DockerConfigFile.Login login = new DockerConfigFile(this.file).login(hostname);
		return (login != null) ? Optional.of(new DockerCredentials(hostname, login.username(), login.password()))
				: Optional.empty();
	}

	@Override
	public HolderClaim claim(String baseName, HolderRecord record) {
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not make the directory of the Docker config " + this.file, ex);
		}
		return HolderClaim.make(claimFile(baseName, record.holderId()), record);
	}

	@Override
	public Optional<HolderClaim> takeOver(String baseName, String holderId) {
		return HolderClaim.takeOver(claimFile(baseName, holderId));
	}

	@Override
	public List<HolderClaim> abandoned(String baseName) {
		List<HolderClaim> abandoned = new ArrayList<>();
		for (Path claim : claims()) {
			String holder = holderPart(claim);
			if (holder.length() == baseName.length() + 1 + RotationNames.HOLDER_ID_LENGTH
					&& holder.startsWith(baseName + "-")) {
				HolderClaim.takeOver(claim).ifPresent(abandoned::add);
			}
		}
		return abandoned;
	}

	@Override
	public boolean isSharedWithLiveHolders(HolderClaim own) {
		return claims().stream().filter((claim) -> !claim.equals(own.file())).anyMatch(HolderClaim::isHeld);
	}

	/** The claims beside the file. */
	private List<Path> claims() {
		String prefix = "." + this.file.getFileName() + ".";
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((path) -> {
				String name = path.getFileName().toString();
				return name.startsWith(prefix) && name.endsWith(CLAIM_SUFFIX);
			}).toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private String holderPart(Path claim) {
		String name = claim.getFileName().toString();
		return name.substring(this.file.getFileName().toString().length() + 2, name.length() - CLAIM_SUFFIX.length());
	}

	private Path claimFile(String baseName, String holderId) {
		return this.directory.resolve("." + this.file.getFileName() + "." + baseName + "-" + holderId + CLAIM_SUFFIX);
	}

	@Override
	public String toString() {
		return "Docker config " + this.file;
	}

}
