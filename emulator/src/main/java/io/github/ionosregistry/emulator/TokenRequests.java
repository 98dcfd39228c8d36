package io.github.ionosregistry.emulator;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the JSON bodies of the Tokens API as the service does, refusing what the spec does not allow
 * with a 400.
 */
final class TokenRequests {

	/** The API's pattern for token names. */
	static final Pattern NAME_PATTERN = Pattern.compile("^[A-Za-z][-A-Za-z0-9]{0,61}[A-Za-z0-9]$");

	private TokenRequests() {
	}

	static TokenSpec tokenSpec(byte[] body) {
		JsonNode input = object(body);
		JsonNode properties = input.get("properties");
		if (properties == null || !properties.isObject()) {
			throw EmulatorException.badRequest("properties is required and must be an object");
		}
		JsonNode name = properties.get("name");
		if (name == null || !name.isString()) {
			throw EmulatorException.badRequest("properties.name is required and must be a string");
		}
		if (!NAME_PATTERN.matcher(name.stringValue()).matches()) {
			throw EmulatorException.badRequest("properties.name '" + name.stringValue() + "' does not match "
					+ NAME_PATTERN.pattern());
		}
		List<EmulatedScope> scopes = scopes(properties.get("scopes"), "properties.scopes");
		return new TokenSpec(name.stringValue(), status(properties.get("status"), "properties.status"),
				date(properties.get("expiryDate"), "properties.expiryDate"), (scopes != null) ? scopes : List.of());
	}

	static TokenPatch tokenPatch(byte[] body) {
		JsonNode input = object(body);
		JsonNode expiryDate = input.get("expiryDate");
		JsonNode scopes = input.get("scopes");
		List<EmulatedScope> newScopes = scopes(scopes, "scopes");
		if (scopes != null && scopes.isNull()) {
			newScopes = List.of();
		}
		return new TokenPatch(status(input.get("status"), "status"), expiryDate != null,
				date(expiryDate, "expiryDate"), newScopes);
	}

	private static JsonNode object(byte[] body) {
		JsonNode node;
		try {
			node = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			throw EmulatorException.badRequest("The request body is not valid JSON");
		}
		if (node == null || !node.isObject()) {
			throw EmulatorException.badRequest("The request body must be a JSON object");
		}
		return node;
	}

	private static @Nullable EmulatedStatus status(@Nullable JsonNode status, String field) {
		if (status == null || status.isNull()) {
			return null;
		}
		if (status.isString()) {
			EmulatedStatus value = EmulatedStatus.fromValue(status.stringValue());
			if (value != null) {
				return value;
			}
		}
		throw EmulatorException.badRequest(field + " must be 'enabled' or 'disabled', was " + status);
	}

	private static @Nullable OffsetDateTime date(@Nullable JsonNode date, String field) {
		if (date == null || date.isNull()) {
			return null;
		}
		if (date.isString()) {
			try {
				return Rfc3339.parse(date.stringValue());
			}
			catch (DateTimeException ex) {
				// fall through to the error below
			}
		}
		throw EmulatorException.badRequest(field + " must be an RFC 3339 date-time, was " + date);
	}

	private static @Nullable List<EmulatedScope> scopes(@Nullable JsonNode scopes, String field) {
		if (scopes == null || scopes.isNull()) {
			return null;
		}
		if (!scopes.isArray()) {
			throw EmulatorException.badRequest(field + " must be an array");
		}
		List<EmulatedScope> result = new ArrayList<>();
		for (int i = 0; i < scopes.size(); i++) {
			JsonNode scope = scopes.get(i);
			String element = field + "[" + i + "]";
			if (!scope.isObject()) {
				throw EmulatorException.badRequest(element + " must be an object");
			}
			result.add(new EmulatedScope(actions(scope.get("actions"), element + ".actions"),
					requiredString(scope.get("name"), element + ".name"),
					requiredString(scope.get("type"), element + ".type")));
		}
		return result;
	}

	private static List<String> actions(@Nullable JsonNode actions, String field) {
		if (actions == null || !actions.isArray()) {
			throw EmulatorException.badRequest(field + " is required and must be an array of strings");
		}
		List<String> result = new ArrayList<>();
		for (JsonNode action : actions) {
			result.add(requiredString(action, field));
		}
		return result;
	}

	private static String requiredString(@Nullable JsonNode value, String field) {
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw EmulatorException.badRequest(field + " is required and must be a non-empty string");
		}
		return value.stringValue();
	}

}
