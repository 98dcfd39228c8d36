package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's tokens in a JSON file, so that they survive a restart. Passwords are not kept: the emulator never
 * holds them, as the service shows a password only in the answer that creates the token. The file is replaced
 * atomically on every save, so a reader never sees half of it.
 * <pre class="code">
 * { "registries": { "&lt;registry id&gt;": [ { "id": "…", "name": "ci-push", "status": "enabled",
 *     "expiryDate": "2027-01-31T00:00:00Z", "scopes": [ { "actions": ["pull"], "name": "*", "type": "repository" } ],
 *     "createdBy": "…", "createdDate": "…", "lastModifiedBy": null, "lastModifiedDate": null } ] } }
 * </pre>
 */
final class StateFile {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Path path;

	StateFile(Path path) {
		this.path = path;
	}

	Path path() {
		return this.path;
	}

	/**
	 * Reads the saved tokens; an absent file holds none.
	 * @return the tokens of each registry
	 * @throws IllegalArgumentException if the file cannot be read or is not a state file
	 */
	Map<UUID, List<EmulatedToken>> load() {
		if (!Files.exists(this.path)) {
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
			throw new IllegalArgumentException("state file " + this.path + " is not valid JSON: "
					+ ex.getOriginalMessage());
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
	 */
	void save(Map<UUID, List<EmulatedToken>> registries) {
		ObjectNode root = NODES.objectNode();
		ObjectNode byRegistry = root.putObject("registries");
		registries.forEach((registryId, tokens) -> {
			ArrayNode array = byRegistry.putArray(registryId.toString());
			tokens.forEach((token) -> array.add(json(token)));
		});
		try {
			Path directory = this.path.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, this.path.getFileName().toString(), ".tmp");
			Files.write(temporary, JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
			try {
				Files.move(temporary, this.path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.path, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("state file " + this.path + " cannot be written: " + ex.getMessage(), ex);
		}
	}

	private static Map<UUID, List<EmulatedToken>> registries(JsonNode root) {
		JsonNode registries = required(root, "registries");
		if (!registries.isObject()) {
			throw new IllegalArgumentException("'registries' must be an object of registry ids");
		}
		Map<UUID, List<EmulatedToken>> result = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> registry : registries.properties()) {
			UUID registryId = UUID.fromString(registry.getKey());
			List<EmulatedToken> tokens = new ArrayList<>();
			for (JsonNode token : array(registry.getValue(), "registry " + registryId)) {
				tokens.add(token(token));
			}
			result.put(registryId, tokens);
		}
		return result;
	}

	private static EmulatedToken token(JsonNode json) {
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
		return new EmulatedToken(UUID.fromString(text(json, "id")), name, status, date(json, "expiryDate"), scopes,
				text(json, "createdBy"), requiredDate(json, "createdDate"), optionalText(json, "lastModifiedBy"),
				date(json, "lastModifiedDate"));
	}

	private static ObjectNode json(EmulatedToken token) {
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
