package io.github.ionosregistry.emulator;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the emulator's answers in the JSON shapes of the spec: {@code TokenResponse}, {@code TokensResponse},
 * {@code RegistryResponse}, {@code ApiErrorResponse}.
 */
final class TokenJsonWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final String baseUrl;

	TokenJsonWriter(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String tokensHref(UUID registryId) {
		return this.baseUrl + "/registries/" + registryId + "/tokens";
	}

	String tokenHref(UUID registryId, UUID tokenId) {
		return tokensHref(registryId) + "/" + tokenId;
	}

	ObjectNode token(UUID registryId, EmulatedToken token, String password) {
		ObjectNode json = NODES.objectNode();
		json.put("id", token.id().toString());
		json.put("type", "token");
		json.put("href", tokenHref(registryId, token.id()));
		ObjectNode metadata = json.putObject("metadata");
		metadata.put("createdBy", token.createdBy());
		metadata.put("createdByUserId", userId(token.createdBy()));
		metadata.put("createdDate", Rfc3339.format(token.createdDate()));
		if (token.lastModifiedDate() != null && token.lastModifiedBy() != null) {
			metadata.put("lastModifiedBy", token.lastModifiedBy());
			metadata.put("lastModifiedByUserId", userId(token.lastModifiedBy()));
			metadata.put("lastModifiedDate", Rfc3339.format(token.lastModifiedDate()));
		}
		metadata.put("state", token.state());
		ObjectNode properties = json.putObject("properties");
		properties.put("name", token.name());
		ObjectNode credentials = properties.putObject("credentials");
		credentials.put("username", token.name());
		credentials.put("password", password);
		if (token.expiryDate() != null) {
			properties.put("expiryDate", Rfc3339.format(token.expiryDate()));
		}
		else {
			properties.putNull("expiryDate");
		}
		properties.put("status", token.status().value());
		ArrayNode scopes = properties.putArray("scopes");
		for (EmulatedScope scope : token.scopes()) {
			ObjectNode scopeJson = scopes.addObject();
			scopeJson.put("name", scope.name());
			scopeJson.put("type", scope.type());
			ArrayNode actions = scopeJson.putArray("actions");
			scope.actions().forEach(actions::add);
		}
		return json;
	}

	ObjectNode page(UUID registryId, List<EmulatedToken> items, int offset, int limit, int total) {
		ObjectNode json = NODES.objectNode();
		json.put("id", "tokens");
		json.put("type", "collection");
		json.put("href", pageHref(registryId, offset, limit));
		json.put("offset", offset);
		json.put("limit", limit);
		json.put("count", items.size());
		json.put("total", total);
		ObjectNode links = json.putObject("_links");
		links.put("previous", (offset > 0) ? pageHref(registryId, Math.max(0, offset - limit), limit) : "");
		links.put("self", pageHref(registryId, offset, limit));
		links.put("next", (offset + items.size() < total) ? pageHref(registryId, offset + items.size(), limit) : "");
		ArrayNode array = json.putArray("items");
		items.forEach((token) -> array.add(token(registryId, token, "")));
		return json;
	}

	ObjectNode registry(EmulatedRegistry registry, java.time.OffsetDateTime createdDate) {
		ObjectNode json = NODES.objectNode();
		json.put("id", registry.id().toString());
		json.put("type", "registry");
		json.put("href", this.baseUrl + "/registries/" + registry.id());
		ObjectNode metadata = json.putObject("metadata");
		metadata.put("createdBy", "emulator");
		metadata.put("createdByUserId", userId("emulator"));
		metadata.put("createdDate", Rfc3339.format(createdDate));
		metadata.put("state", "Running");
		ObjectNode properties = json.putObject("properties");
		properties.put("name", registry.name());
		properties.put("hostname", registry.hostname());
		properties.put("location", registry.location());
		ObjectNode storage = properties.putObject("storageUsage");
		storage.put("bytes", 0);
		storage.put("updatedAt", Rfc3339.format(createdDate));
		ObjectNode schedule = properties.putObject("garbageCollectionSchedule");
		schedule.putArray("days").add("Sunday");
		schedule.put("time", "01:23:00+00:00");
		return json;
	}

	static ObjectNode error(int status, String errorCode, String message) {
		ObjectNode json = NODES.objectNode();
		json.put("httpStatus", status);
		ObjectNode entry = json.putArray("messages").addObject();
		entry.put("errorCode", errorCode);
		entry.put("message", message);
		return json;
	}

	private String pageHref(UUID registryId, int offset, int limit) {
		return tokensHref(registryId) + "?offset=" + offset + "&limit=" + limit;
	}

	private static String userId(String user) {
		return UUID.nameUUIDFromBytes(user.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
	}

}
