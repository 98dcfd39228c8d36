package io.github.ionosregistry.tokens;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Answers of the Tokens API shaped like the examples of its OpenAPI description, for the tests of this module and
 * of the auto-configuration (in this module's test jar).
 */
public final class TokenJson {

	public static final UUID REGISTRY_ID = UUID.fromString("2f3e8b1a-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

	public static final UUID TOKEN_ID = UUID.fromString("046b6c7f-0b8a-43b9-b35d-6489e6daee91");

	public static final String TOKENS_PATH = "/registries/" + REGISTRY_ID + "/tokens";

	public static final String TOKEN_PATH = TOKENS_PATH + "/" + TOKEN_ID;

	public static final String ONE_TIME_PASSWORD = "Zx9-one-time-Qw7";

	private TokenJson() {
	}

	public static String token(UUID id, String name, String password) {
		return """
				{
				  "href": "https://api.ionos.com/containerregistries%s/%s",
				  "id": "%s",
				  "type": "token",
				  "metadata": {
				    "createdBy": "ci@example.com",
				    "createdByUserId": "8f7e6d5c-user",
				    "createdDate": "2026-01-23T04:56:07.000+00:00",
				    "lastModifiedBy": "ops@example.com",
				    "lastModifiedByUserId": "1a2b3c4d-user",
				    "lastModifiedDate": "2026-02-01T10:15:30.250+01:00",
				    "state": "Running"
				  },
				  "properties": {
				    "credentials": {
				      "username": "%s",
				      "password": "%s"
				    },
				    "expiryDate": "2027-01-23T04:56:07.000+00:00",
				    "name": "%s",
				    "scopes": [
				      { "name": "*", "type": "repository", "actions": ["pull", "push", "delete"] }
				    ],
				    "status": "enabled"
				  }
				}
				""".formatted(TOKENS_PATH, id, id, name, password, name);
	}

	public static String token() {
		return token(TOKEN_ID, "push-token", "");
	}

	public static String page(int offset, int limit, int total) {
		int count = Math.max(0, Math.min(limit, total - offset));
		String items = IntStream.range(offset, offset + count)
			.mapToObj((i) -> token(tokenId(i), "token-" + i, ""))
			.collect(Collectors.joining(","));
		return """
				{
				  "id": "tokens",
				  "type": "collection",
				  "href": "https://api.ionos.com/containerregistries%s",
				  "offset": %d,
				  "limit": %d,
				  "count": %d,
				  "total": %d,
				  "_links": { "previous": "%s", "self": "%s", "next": "%s" },
				  "items": [%s]
				}
				""".formatted(TOKENS_PATH, offset, limit, count, total, link(Math.max(0, offset - limit), limit),
				link(offset, limit), link(offset + limit, limit), items);
	}

	public static UUID tokenId(int index) {
		return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(index));
	}

	private static String link(int offset, int limit) {
		return TOKENS_PATH + "?offset=" + offset + "&limit=" + limit;
	}

	public static String error(int status, String code, String message) {
		return """
				{ "httpStatus": %d, "messages": [ { "errorCode": "%s", "message": "%s" } ] }
				""".formatted(status, code, message);
	}

}
