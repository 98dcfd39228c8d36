package io.github.ionosregistry.tokens.internal.call;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;

import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;

/**
 * Walks all of a registry's tokens page by page, asking for the next page only when the current one is used up,
 * and stopping at the list's {@code total} (or at an empty page, should the service's total be off).
 */
public final class TokenPageIterator implements Iterator<TokenResponse> {

	private final TokensApi api;

	private final UUID registryId;

	private final int pageSize;

	private Iterator<TokenResponse> page = Collections.emptyIterator();

	private int nextOffset;

	private boolean lastPageFetched;

	TokenPageIterator(TokensApi api, UUID registryId, int pageSize) {
		this.api = api;
		this.registryId = registryId;
		this.pageSize = pageSize;
	}

	@Override
	public boolean hasNext() {
		while (!this.page.hasNext() && !this.lastPageFetched) {
			fetchNextPage();
		}
		return this.page.hasNext();
	}

	@Override
	public TokenResponse next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.page.next();
	}

	private void fetchNextPage() {
		TokensResponse response = this.api.registriesTokensGet(this.registryId,
				TokensQuery.page(this.nextOffset, this.pageSize));
		int received = response.items().size();
		this.nextOffset += received;
		this.lastPageFetched = received == 0 || this.nextOffset >= response.total();
		this.page = response.items().iterator();
	}

}
