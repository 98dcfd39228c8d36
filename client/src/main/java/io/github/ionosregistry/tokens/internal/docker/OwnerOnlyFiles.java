package io.github.ionosregistry.tokens.internal.docker;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files that only their owner can read and write, for secrets: mode {@code 600} where the file system has POSIX
 * permissions, an access control list naming the owner alone where it has ACLs (Windows); elsewhere a clear error
 * rather than a file others might read.
 */
public final class OwnerOnlyFiles {

	private static final Set<String> VIEWS = FileSystems.getDefault().supportedFileAttributeViews();

	private OwnerOnlyFiles() {
	}

	/** A new empty temporary file in a directory, owner-only from its creation where POSIX allows. */
	static Path createTemporary(Path directory, String prefix) throws IOException {
		if (VIEWS.contains("posix")) {
			return Files.createTempFile(directory, prefix, ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Path temporary = Files.createTempFile(directory, prefix, ".tmp");
		restrictToOwner(temporary);
		return temporary;
	}

	/** The file, created owner-only if it does not exist. */
	public static Path create(Path file) throws IOException {
		try {
			if (VIEWS.contains("posix")) {
				return Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.createFile(file);
			restrictToOwner(file);
			return file;
		}
		catch (FileAlreadyExistsException ex) {
			return file;
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		AclFileAttributeView acl = VIEWS.contains("acl") ? Files.getFileAttributeView(file, AclFileAttributeView.class)
				: null;
		if (acl == null) {
			Files.deleteIfExists(file);
			throw new IOException("cannot make " + file + " readable by its owner only: the file system has neither "
					+ "POSIX permissions nor access control lists");
		}
		UserPrincipal owner = acl.getOwner();
		acl.setAcl(List.of(AclEntry.newBuilder()
			.setType(AclEntryType.ALLOW)
			.setPrincipal(owner)
			.setPermissions(EnumSet.allOf(AclEntryPermission.class))
			.build()));
	}

}
