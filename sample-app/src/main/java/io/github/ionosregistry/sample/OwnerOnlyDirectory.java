package io.github.ionosregistry.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * A directory that only its owner can enter: made with mode 700 where the file system has POSIX permissions; one
 * that is there already must belong to the user running the sample, and is narrowed to 700 if it was open to others.
 */
final class OwnerOnlyDirectory {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private OwnerOnlyDirectory() {
	}

	/**
	 * Makes the directory, and its parents, or checks the one that is there.
	 * @param directory the directory
	 * @return the directory
	 * @throws IllegalStateException if it belongs to another user, is not a directory, or cannot be made
	 */
	static Path create(Path directory) {
		try {
			boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
			if (Files.notExists(directory, LinkOption.NOFOLLOW_LINKS)) {
				Files.createDirectories(directory);
			}
			if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
				throw new IllegalStateException(directory + " is not a directory");
			}
			if (posix) {
				UserPrincipal owner = Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS);
				UserPrincipal me = directory.getFileSystem().getUserPrincipalLookupService()
					.lookupPrincipalByName(System.getProperty("user.name"));
				if (!owner.equals(me)) {
					throw new IllegalStateException(directory + " belongs to " + owner.getName() + ", not to "
							+ me.getName() + ": the sample keeps its state only in a directory of its user");
				}
				Files.setPosixFilePermissions(directory, OWNER_ONLY);
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the sample's state directory " + directory + " cannot be made: " + ex, ex);
		}
	}

}
