package io.github.ionosregistry.tokens.internal.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import io.github.ionosregistry.tokens.DockerConfigUpdate;
import io.github.ionosregistry.tokens.internal.Arguments;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Docker config file ({@code ~/.docker/config.json}) changed the way {@code docker login} and {@code docker logout}
 * change it: only {@code auths[<host>]}, every other key and entry kept as it was (unknown ones too, numbers exactly).
 * A change holds a lock file beside it ({@code .<name>.lock}, owner-only, left in place), so that two processes
 * changing the file at once both land; the file is replaced atomically by an owner-only file forced to the disk.
 * A file that is not a Docker config is refused, naming it, and left as it was.
 */
public final class DockerConfigFile {

	/** How long a change waits for another process's change of the same file. */
	static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration LOCK_POLL = Duration.ofMillis(10);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/** Threads of this JVM take turns first: a file lock is held per JVM, not per thread. */
	private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

	private final Path file;

	public DockerConfigFile(Path file) {
		this.file = Arguments.requireNonNull(file, "file").toAbsolutePath().normalize();
	}

	/**
	 * Writes one registry's entry into the file, created if missing.
	 * @param hostname the registry
	 * @param entry its {@code auths} entry
	 * @return what was done and whether Docker uses it
	 */
	public DockerConfigUpdate put(String hostname, ObjectNode entry) {
		ObjectNode written = change((config) -> {
			authsForWriting(config).set(hostname, entry);
			return true;
		});
		return new DockerConfigUpdate(this.file, hostname, credentialHelper(written, hostname));
	}

	/**
	 * Removes one registry's entry, as {@code docker logout} does.
	 * @param hostname the registry
	 * @return whether the file held an entry for it
	 */
	public boolean remove(String hostname) {
		if (Files.notExists(this.file)) {
			return false;
		}
		AtomicBoolean removed = new AtomicBoolean();
		change((config) -> {
			JsonNode auths = config.get("auths");
			removed.set(auths instanceof ObjectNode object && object.remove(hostname) != null);
			return removed.get();
		});
		return removed.get();
	}

	/**
	 * The login the file holds for a registry in {@code auths}, as a registry client reads it: its user name and
	 * password, or the two in its {@code auth}.
	 * @param hostname the registry
	 * @return the login, or {@code null} if the file, or its entry, or the entry's credentials are missing or
	 * unreadable
	 */
	public @Nullable Login login(String hostname) {
		try {
			JsonNode entry = read().path("auths").path(hostname);
			String username = entry.path("username").asString("");
			String password = entry.path("password").asString("");
			if (username.isEmpty() || password.isEmpty()) {
				String auth = new String(Base64.getDecoder().decode(entry.path("auth").asString("")),
						StandardCharsets.UTF_8);
				int colon = auth.indexOf(':');
				username = (colon > 0) ? auth.substring(0, colon) : "";
				password = (colon > 0) ? auth.substring(colon + 1) : "";
			}
			return (username.isEmpty() || password.isEmpty()) ? null : new Login(username, password);
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A login of a Docker config file. {@link #toString()} never shows the password.
	 * @param username the user name
	 * @param password the password
	 */
	public record Login(String username, String password) {

		@Override
		public String toString() {
			return "Login[username=" + this.username + ", password=******]";
		}

	}

	/**
	 * Checks, without changing anything, that the file can take an entry: it is a Docker config file (or is missing)
	 * and it, or the directory it would be made in, can be written.
	 * @throws IllegalArgumentException naming the file and what is wrong
	 */
	public void checkWritable() {
		try {
			if (Files.exists(this.file)) {
				if (!Files.isRegularFile(this.file)) {
					throw cannotWrite("it is not a regular file");
				}
				read();
				if (!Files.isWritable(this.file)) {
					throw cannotWrite("it is not writable");
				}
			}
			Path existing = directory();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
				throw cannotWrite("its directory " + ((existing != null) ? existing + " " : "") + "is not writable");
			}
		}
		catch (IOException ex) {
			throw cannotWrite("it cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private IllegalArgumentException cannotWrite(String why) {
		return new IllegalArgumentException("The Docker config file " + this.file + " cannot be written: " + why);
	}

	/** The helper Docker asks for a host's credentials instead of {@code auths}, if any. */
	static @Nullable String credentialHelper(ObjectNode config, String hostname) {
		JsonNode helpers = config.get("credHelpers");
		if (helpers != null && helpers.isObject() && helpers.get(hostname) != null && helpers.get(hostname).isString()
				&& !helpers.get(hostname).asString().isEmpty()) {
			return "credHelpers[" + hostname + "] = " + helpers.get(hostname).asString();
		}
		JsonNode store = config.get("credsStore");
		if (store != null && store.isString() && !store.asString().isEmpty()) {
			return "credsStore = " + store.asString();
		}
		return null;
	}

	/**
	 * Reads the file under its lock, applies a change, and writes the file if the change says it changed something.
	 * @param change changes the config in place and says whether it changed anything
	 * @return the config as it is now
	 */
	private ObjectNode change(Predicate<ObjectNode> change) {
		ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(this.file, (path) -> new ReentrantLock());
		try {
			if (!jvmLock.tryLock(LOCK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw lockTimeout();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to change the Docker config " + this.file, ex);
		}
		try {
			Path directory = directory();
			Files.createDirectories(directory);
			try (FileChannel lockFile = FileChannel.open(OwnerOnlyFiles.create(directory.resolve(
					"." + this.file.getFileName() + ".lock")), StandardOpenOption.WRITE);
					FileLock lock = lockWithin(lockFile)) {
				ObjectNode config = read();
				if (change.test(config)) {
					write(directory, config);
				}
				return config;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the Docker config " + this.file + " ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
		finally {
			jvmLock.unlock();
		}
	}

	private FileLock lockWithin(FileChannel lockFile) throws IOException {
		long deadline = System.nanoTime() + LOCK_TIMEOUT.toNanos();
		while (true) {
			FileLock lock = lockFile.tryLock();
			if (lock != null) {
				return lock;
			}
			if (System.nanoTime() - deadline > 0) {
				throw lockTimeout();
			}
			try {
				Thread.sleep(LOCK_POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while waiting for the lock of " + this.file, ex);
			}
		}
	}

	private IllegalStateException lockTimeout() {
		return new IllegalStateException("Another process kept the Docker config " + this.file + " locked for more than "
				+ LOCK_TIMEOUT.toSeconds() + " s (lock file ." + this.file.getFileName() + ".lock)");
	}

	private ObjectNode read() throws IOException {
		byte[] content;
		try {
			content = Files.readAllBytes(this.file);
		}
		catch (NoSuchFileException ex) {
			return JSON.createObjectNode();
		}
		if (new String(content, StandardCharsets.UTF_8).isBlank()) {
			return JSON.createObjectNode();
		}
		JsonNode config;
		try {
			config = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw notADockerConfig("it is not JSON");
		}
		if (!(config instanceof ObjectNode object)) {
			throw notADockerConfig("it is not a JSON object");
		}
		JsonNode auths = object.get("auths");
		if (auths != null && !auths.isObject() && !auths.isNull()) {
			throw notADockerConfig("its \"auths\" is not an object");
		}
		return object;
	}

	private IllegalArgumentException notADockerConfig(String why) {
		return new IllegalArgumentException(
				"The file " + this.file + " is not a Docker config file (" + why + "); it was left as it was");
	}

	private static ObjectNode authsForWriting(ObjectNode config) {
		JsonNode auths = config.get("auths");
		return (auths instanceof ObjectNode object) ? object : config.putObject("auths");
	}

	private void write(Path directory, ObjectNode config) throws IOException {
		Path temporary = OwnerOnlyFiles.createTemporary(directory, "." + this.file.getFileName());
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(config));
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
				channel.force(true);
			}
			try {
				Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private Path directory() {
		Path directory = this.file.getParent();
		if (directory == null) {
			throw new IllegalArgumentException("file " + this.file + " has no directory");
		}
		return directory;
	}

}
