package io.github.ionosregistry.tokens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page of a registry's tokens.
 *
 * @param links links to this page and its neighbours (JSON {@code _links})
 * @param count how many tokens this page holds
 * @param href this page's URL
 * @param id the collection id
 * @param items the tokens of this page, never {@code null}
 * @param limit the page size asked for
 * @param offset the position of this page's first token in the whole list
 * @param total how many tokens the registry holds
 * @param type the resource type, {@code collection}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokensResponse(@JsonProperty("_links") @Nullable PaginationLinks links, int count,
		@Nullable String href, @Nullable String id, List<TokenResponse> items, int limit, int offset, int total,
		@Nullable String type) {

	public TokensResponse(@Nullable PaginationLinks links, int count, @Nullable String href, @Nullable String id,
			@Nullable List<TokenResponse> items, int limit, int offset, int total, @Nullable String type) {
		this.links = links;
		this.count = count;
		this.href = href;
		this.id = id;
		this.items = (items != null) ? Collections.unmodifiableList(new ArrayList<>(items)) : List.of();
		this.limit = limit;
		this.offset = offset;
		this.total = total;
		this.type = type;
	}

}
