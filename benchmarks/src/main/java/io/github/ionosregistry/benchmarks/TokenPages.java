package io.github.ionosregistry.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * JSON answers shaped like the spec's examples, as the loopback server sends them.
 */
final class TokenPages {

	private TokenPages() {
	}

	static UUID tokenId(long index) {
		return new UUID(0x0000_0000_0000_4000L, 0x8000_0000_0000_0000L | index);
	}

	static String token(String tokensHref, long index) {
		UUID id = tokenId(index);
		return "{\"href\":\"" + tokensHref + "/" + id + "\",\"id\":\"" + id + "\",\"type\":\"token\","
				+ "\"metadata\":{\"createdBy\":\"ci@example.com\",\"createdByUserId\":\"8f7e6d5c-user\","
				+ "\"createdDate\":\"2026-01-23T04:56:07.000+00:00\",\"lastModifiedBy\":\"ops@example.com\","
				+ "\"lastModifiedByUserId\":\"1a2b3c4d-user\",\"lastModifiedDate\":\"2026-02-01T10:15:30.250+01:00\","
				+ "\"state\":\"Enabled\"},\"properties\":{\"credentials\":{\"username\":\"token-" + index
				+ "\",\"password\":\"\"},\"expiryDate\":\"2027-01-23T04:56:07.000+00:00\",\"name\":\"token-" + index
				+ "\",\"scopes\":[{\"name\":\"app/*\",\"type\":\"repository\",\"actions\":[\"pull\",\"push\"]},"
				+ "{\"name\":\"charts\",\"type\":\"repository\",\"actions\":[\"pull\"]}],\"status\":\"enabled\"}}";
	}

	static byte[] page(String tokensHref, long offset, int limit, long total) {
		long count = Math.max(0, Math.min(limit, total - offset));
		StringBuilder json = new StringBuilder((int) (count * 800) + 400);
		json.append("{\"id\":\"tokens\",\"type\":\"collection\",\"href\":\"").append(tokensHref)
			.append("\",\"offset\":").append(offset)
			.append(",\"limit\":").append(limit)
			.append(",\"count\":").append(count)
			.append(",\"total\":").append(total)
			.append(",\"_links\":{\"previous\":\"").append(tokensHref).append("?offset=").append(Math.max(0, offset - limit))
			.append("\",\"self\":\"").append(tokensHref).append("?offset=").append(offset)
			.append("\",\"next\":\"").append(tokensHref).append("?offset=").append(offset + limit)
			.append("\"},\"items\":[");
		for (long i = offset; i < offset + count; i++) {
			if (i > offset) {
				json.append(',');
			}
			json.append(token(tokensHref, i));
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

}
