package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's tokens in a JSON file, so that they survive a restart. Passwords are not kept, only their SHA-256
 * by which registry logins are checked: the service shows a password only in the answer that creates the token. Every save writes a
 * temporary file beside it (owner-only where the file system has POSIX permissions), forces it to the disk and
 * renames it over the file, so that a reader, or a crash, never sees half of it; a save that fails leaves the file
 * as it was and no temporary file behind.
 * <pre class="code">
 * { "registries": { "&lt;registry id&gt;": [ { "id": "…", "name": "ci-push", "status": "enabled",
 *     "expiryDate": "2027-01-31T00:00:00Z", "scopes": [ { "actions": ["pull"], "name": "*", "type": "repository" } ],
 *     "createdBy": "…", "createdDate": "…", "lastModifiedBy": null, "lastModifiedDate": null } ] } }
 * </pre>
 */
final class StateFile {

	/** Where a JSON error is, as an editor shows it. */
	private static String where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0)
				? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
	}

	/** What the JSON error is, without the parser's own notes of where it read from. */
	private static String what(JacksonException ex) {
		return ex.getOriginalMessage().replaceAll("\\s*\\([^()]*\\[Source:[^]]*]\\)", "").replaceAll("\\s+", " ").strip();
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Path path;

	private final ContentWriter writer;

	/** Threads of this JVM take turns first: a file lock is held per JVM, not per thread. */
	private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

	StateFile(Path path) {
		this(path, StateFile::writeAndForce);
	}

	/**
	 * A state file whose temporary files are written by the given writer, for tests of a failing disk.
	 * @param path the file
	 * @param writer writes the bytes of a save into the temporary file
	 */
	StateFile(Path path, ContentWriter writer) {
		this.path = path;
		this.writer = writer;
	}

	/** Writes the whole content into a file that exists and is empty. */
	@FunctionalInterface
	interface ContentWriter {

		void write(Path file, byte[] content) throws IOException;

	}

	Path path() {
		return this.path;
	}

	/**
	 * Runs something while holding the file's lock ({@code .<name>.lock} beside it), which every emulator process
	 * that uses the file takes, so that what one reads and changes is not overwritten by another that read before.
	 * @param action what to run
	 * @return what it returned
	 */
	<T> T locked(Supplier<T> action) {
		ReentrantLock inThisJvm = IN_THIS_JVM.computeIfAbsent(this.path.toAbsolutePath().normalize(),
				(path) -> new ReentrantLock());
		inThisJvm.lock();
		try {
			Path directory = directory();
			Files.createDirectories(directory);
			Path lockFile = directory.resolve("." + this.path.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				return action.get();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("state file " + this.path + " cannot be locked: " + ex, ex);
		}
		finally {
			inThisJvm.unlock();
		}
	}

	/**
	 * Reads the saved tokens; an absent file holds none.
	 * @return the tokens of each registry
	 * @throws IllegalArgumentException if the file cannot be read or is not a state file
	 */
	Map<UUID, List<StoredToken>> load() {
		if (Files.notExists(this.path)) {
			return Map.of();
		}
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(Files.readAllBytes(this.path));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("state file " + this.path + " cannot be read: " + ex.getMessage(), ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("state file " + this.path + " is not valid JSON" + where(ex) + ": "
					+ what(ex) + "; correct it, or move it away for the emulator to start empty and write a new one");
		}
		try {
			return registries(root);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("state file " + this.path + " is malformed: " + ex.getMessage());
		}
	}

	/**
	 * Writes the tokens, replacing the file atomically.
	 * @param registries the tokens of each registry
	 * @throws UncheckedIOException if the file cannot be written; the file is then as it was
	 */
	void save(Map<UUID, List<StoredToken>> registries) {
		ObjectNode root = NODES.objectNode();
		ObjectNode byRegistry = root.putObject("registries");
		registries.forEach((registryId, tokens) -> {
			ArrayNode array = byRegistry.putArray(registryId.toString());
			tokens.forEach((stored) -> array.add(json(stored)));
		});
		byte[] content = JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
		Path temporary = null;
		try {
			Path directory = directory();
			Files.createDirectories(directory);
			temporary = createOwnerOnlyFile(directory, this.path.getFileName() + ".");
			this.writer.write(temporary, content);
			try {
				Files.move(temporary, this.path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.path, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("state file " + this.path + " cannot be written: " + ex, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	private Path directory() {
		Path directory = this.path.toAbsolutePath().getParent();
		if (directory == null) {
			throw new IllegalStateException("state file " + this.path + " has no directory");
		}
		return directory;
	}

	private static Path createOwnerOnlyFile(Path directory, String prefix) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(directory, prefix, ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createTempFile(directory, prefix, ".tmp");
	}

	private static void writeAndForce(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	private static void deleteQuietly(@Nullable Path temporary) {
		if (temporary != null) {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ex) {
				// The save has failed already, and that failure is what the caller hears of.
			}
		}
	}

	private static Map<UUID, List<StoredToken>> registries(JsonNode root) {
		JsonNode registries = required(root, "registries");
		if (!registries.isObject()) {
			throw new IllegalArgumentException("'registries' must be an object of registry ids");
		}
		Map<UUID, List<StoredToken>> result = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> registry : registries.properties()) {
			UUID registryId = UUID.fromString(registry.getKey());
			List<StoredToken> tokens = new ArrayList<>();
			for (JsonNode token : array(registry.getValue(), "registry " + registryId)) {
				tokens.add(token(token));
			}
			result.put(registryId, tokens);
		}
		return result;
	}

	private static StoredToken token(JsonNode json) {
		String name = text(json, "name");
		EmulatedStatus status = EmulatedStatus.fromValue(text(json, "status"));
		if (status == null) {
			throw new IllegalArgumentException("token '" + name + "' has status '" + text(json, "status")
					+ "'; expected enabled or disabled");
		}
		List<EmulatedScope> scopes = new ArrayList<>();
		for (JsonNode scope : array(required(json, "scopes"), "token '" + name + "' scopes")) {
			List<String> actions = new ArrayList<>();
			array(required(scope, "actions"), "actions").forEach((action) -> actions.add(action.asString()));
			scopes.add(new EmulatedScope(actions, text(scope, "name"), text(scope, "type")));
		}
		EmulatedToken token = new EmulatedToken(UUID.fromString(text(json, "id")), name, status,
				date(json, "expiryDate"), scopes, text(json, "createdBy"), requiredDate(json, "createdDate"),
				optionalText(json, "lastModifiedBy"), date(json, "lastModifiedDate"));
		return new StoredToken(token, optionalText(json, "passwordSha256"));
	}

	private static ObjectNode json(StoredToken stored) {
		EmulatedToken token = stored.token();
		ObjectNode json = NODES.objectNode();
		json.put("id", token.id().toString());
		json.put("name", token.name());
		json.put("status", token.status().value());
		json.put("expiryDate", (token.expiryDate() != null) ? Rfc3339.format(token.expiryDate()) : null);
		ArrayNode scopes = json.putArray("scopes");
		for (EmulatedScope scope : token.scopes()) {
			ObjectNode scopeJson = scopes.addObject();
			ArrayNode actions = scopeJson.putArray("actions");
			scope.actions().forEach(actions::add);
			scopeJson.put("name", scope.name());
			scopeJson.put("type", scope.type());
		}
		json.put("createdBy", token.createdBy());
		json.put("createdDate", Rfc3339.format(token.createdDate()));
		json.put("lastModifiedBy", token.lastModifiedBy());
		json.put("lastModifiedDate",
				(token.lastModifiedDate() != null) ? Rfc3339.format(token.lastModifiedDate()) : null);
		json.put("passwordSha256", stored.passwordSha256());
		return json;
	}

	private static JsonNode required(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || value.isNull()) {
			throw new IllegalArgumentException("'" + field + "' is missing");
		}
		return value;
	}

	private static Iterable<JsonNode> array(JsonNode json, String what) {
		if (!json.isArray()) {
			throw new IllegalArgumentException(what + " must be an array");
		}
		return json;
	}

	private static String text(JsonNode json, String field) {
		JsonNode value = required(json, field);
		if (!value.isString()) {
			throw new IllegalArgumentException("'" + field + "' must be a string");
		}
		return value.asString();
	}

	private static @Nullable String optionalText(JsonNode json, String field) {
		JsonNode value = json.get(field);
		return (value == null || value.isNull()) ? null : text(json, field);
	}

	private static OffsetDateTime requiredDate(JsonNode json, String field) {
		OffsetDateTime date = date(json, field);
		if (date == null) {
			throw new IllegalArgumentException("'" + field + "' is missing");
		}
		return date;
	}

	private static @Nullable OffsetDateTime date(JsonNode json, String field) {
		String text = optionalText(json, field);
		if (text == null) {
			return null;
		}
		try {
			return Rfc3339.parse(text);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + field + "' is not a date-time: " + text);
		}
	}

}
