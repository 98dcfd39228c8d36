package io.github.ionosregistry.emulator;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the JSON bodies of the Tokens API as the service does, refusing what the spec does not allow
 * with a 400.
 */
final class TokenRequests {

	/** The API's pattern for token names. */
	static final Pattern NAME_PATTERN = Pattern.compile("^[A-Za-z][-A-Za-z0-9]{0,61}[A-Za-z0-9]$");

	/** The longest scope name, type or action the emulator stores. */
	static final int MAX_TEXT_LENGTH = 255;

	/** The most scopes of a token, and actions of a scope, the emulator stores. */
	static final int MAX_ITEMS = 100;

	/** How much of a refused value an error message repeats. */
	private static final int ECHOED_LENGTH = 64;

	/** A request body of the API is a few levels deep and short: anything far beyond that is refused unread. */
	private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(16)
			.maxStringLength(RequestLimitsFilter.MAX_BODY_BYTES)
			.maxDocumentLength(RequestLimitsFilter.MAX_BODY_BYTES)
			.build())
		.build()).build();

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
			throw EmulatorException.badRequest("properties.name '" + shortened(name.stringValue()) + "' does not match "
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
			node = JSON.readTree(body);
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
		throw EmulatorException.badRequest(field + " must be 'enabled' or 'disabled', was " + shortened(status.toString()));
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
		throw EmulatorException.badRequest(field + " must be an RFC 3339 date-time from year 1 to 9999 in UTC, was "
				+ shortened(date.toString()));
	}

	private static @Nullable List<EmulatedScope> scopes(@Nullable JsonNode scopes, String field) {
		if (scopes == null || scopes.isNull()) {
			return null;
		}
		if (!scopes.isArray() || scopes.size() > MAX_ITEMS) {
			throw EmulatorException.badRequest(field + " must be an array of at most " + MAX_ITEMS + " scopes");
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
		if (actions == null || !actions.isArray() || actions.size() > MAX_ITEMS) {
			throw EmulatorException.badRequest(
					field + " is required and must be an array of at most " + MAX_ITEMS + " strings");
		}
		List<String> result = new ArrayList<>();
		for (JsonNode action : actions) {
			result.add(requiredString(action, field));
		}
		return result;
	}

	private static String requiredString(@Nullable JsonNode value, String field) {
		if (value == null || !value.isString() || value.stringValue().isBlank()
				|| value.stringValue().length() > MAX_TEXT_LENGTH) {
			throw EmulatorException.badRequest(
					field + " is required and must be a non-empty string of at most " + MAX_TEXT_LENGTH + " characters");
		}
		return value.stringValue();
	}

	/** A value from a request, cut short for an error message. */
	static String shortened(String value) {
		return (value.length() <= ECHOED_LENGTH) ? value : value.substring(0, ECHOED_LENGTH) + "…";
	}

}
