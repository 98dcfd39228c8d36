package io.github.ionosregistry.tokens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a registry's tokens to list. {@code offset} and {@code limit} are the spec's parameters;
 * {@code maxResults} and {@code filters} (sent as {@code filter.<key>=<value>}) are sent as the official Node SDK
 * sends them, for servers that honour them.
 *
 * @param offset the position of the first token, 0 or more (default 0)
 * @param limit the page size, 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT})
 * @param maxResults an upper bound on the results, or {@code null}
 * @param filters filters by property, never {@code null}
 * @since 0.1.0
 */
public record TokensQuery(int offset, int limit, @Nullable Integer maxResults, Map<String, String> filters) {

	public static final int DEFAULT_LIMIT = 100;

	/** The largest page this client asks for. */
	public static final int MAX_LIMIT = 1000;

	public TokensQuery(int offset, int limit, @Nullable Integer maxResults, @Nullable Map<String, String> filters) {
		if (offset < 0) {
			throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
		}
		if (maxResults != null && maxResults < 1) {
			throw new IllegalArgumentException("maxResults must be 1 or more, was " + maxResults);
		}
		this.offset = offset;
		this.limit = limit;
		this.maxResults = maxResults;
		this.filters = (filters != null) ? copyOf(filters) : Map.of();
	}

	/** The first page with the default size. */
	public static TokensQuery firstPage() {
		return new TokensQuery(0, DEFAULT_LIMIT, null, null);
	}

	public static TokensQuery page(int offset, int limit) {
		return new TokensQuery(offset, limit, null, null);
	}

	public TokensQuery withMaxResults(int maxResults) {
		return new TokensQuery(this.offset, this.limit, maxResults, this.filters);
	}

	public TokensQuery withFilter(String key, String value) {
		Map<String, String> filters = new LinkedHashMap<>(this.filters);
		filters.put(key, value);
		return new TokensQuery(this.offset, this.limit, this.maxResults, filters);
	}

	private static Map<String, String> copyOf(Map<String, String> filters) {
		filters.forEach((key, value) -> {
			if (key == null || key.isBlank()) {
				throw new IllegalArgumentException("filters must not have a blank key");
			}
			if (value == null) {
				throw new IllegalArgumentException("filters must not have a null value, key '" + key + "'");
			}
		});
		return Collections.unmodifiableMap(new LinkedHashMap<>(filters));
	}

}
