package io.github.ionosregistry.tokens.internal.rotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.ionosregistry.tokens.internal.docker.OwnerOnlyFiles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A holder's claim beside the destination it delivers to: a small hidden file holding its {@link HolderRecord},
 * locked with the operating system's file lock for as long as the holder's process lives. The system releases the
 * lock when the process ends, however it ends, so a claim whose lock can be taken is one whose holder is gone: its
 * next process (a container restarted in its pod) may take it over, and nobody else's is ever taken.
 */
final class HolderClaim implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(HolderClaim.class);

	private static final JsonMapper JSON = JsonMapper.shared();

	/**
	 * The claims this process holds. It never opens a second channel on one of them: on POSIX systems closing any
	 * descriptor of a file releases every lock the process holds on it.
	 */
	private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private HolderClaim(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Makes a claim and holds it.
	 * @throws IllegalStateException if the file cannot be made or locked
	 */
	static HolderClaim make(Path file, HolderRecord record) {
		try {
			Optional<HolderClaim> claim = lock(OwnerOnlyFiles.create(file));
			HolderClaim made = claim.orElseThrow(() -> new IllegalStateException("The holder claim " + file
					+ " is held by another process"));
			made.write(record);
			return made;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not make the holder claim " + file, ex);
		}
	}

	/**
	 * Takes over the claim of a holder that is gone.
	 * @return the claim, held now; empty if the file is missing, or its holder lives (its lock is held)
	 */
	static Optional<HolderClaim> takeOver(Path file) {
		try {
			return lock(file);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			logger.debug("Could not take over the holder claim " + file + ": " + ex);
			return Optional.empty();
		}
	}

	/** Whether a claim's holder lives: its file is there and its lock is held. */
	static boolean isHeld(Path file) {
		if (HELD_HERE.contains(file)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static synchronized Optional<HolderClaim> lock(Path file) throws IOException {
		if (HELD_HERE.contains(file)) {
			return Optional.empty();
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				HELD_HERE.add(file);
				return Optional.of(new HolderClaim(file, channel, lock));
			}
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very process.
		}
		channel.close();
		return Optional.empty();
	}

	/** What the claim holds; empty if it holds nothing readable (its process died while writing it). */
	Optional<HolderRecord> read() {
		try {
			ByteBuffer content = ByteBuffer.allocate((int) Math.min(this.channel.size(), 1 << 20));
			this.channel.read(content, 0);
			return Optional.of(JSON.readValue(content.array(), 0, content.position(), HolderRecord.class));
		}
		catch (IOException | JacksonException ex) {
			return Optional.empty();
		}
	}

	/** Writes the record in place: the lock stays on this very file. */
	void write(HolderRecord record) {
		try {
			ByteBuffer content = ByteBuffer.wrap(JSON.writeValueAsBytes(record));
			this.channel.truncate(0);
			while (content.hasRemaining()) {
				this.channel.write(content, content.position());
			}
			this.channel.force(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the holder claim " + this.file, ex);
		}
	}

	/** Ends the claim: its file is deleted and its lock released. */
	void end() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			logger.debug("Could not delete the holder claim " + this.file + ": " + ex);
		}
		close();
	}

	/** Lets the claim go, its file kept for the holder's next process. */
	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			logger.debug("Could not release the holder claim " + this.file + ": " + ex);
		}
		finally {
			HELD_HERE.remove(this.file);
		}
	}

	Path file() {
		return this.file;
	}

}
