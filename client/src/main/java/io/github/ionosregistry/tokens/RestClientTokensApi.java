package io.github.ionosregistry.tokens;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriBuilder;

/**
 * {@link TokensApi} over a {@link RestClientTransport}: each operation's argument checks, URI template and JSON, and
 * its attempts run by the {@link CallRetrier}.
 */
final class RestClientTokensApi implements TokensApi {

	private static final Log logger = LogFactory.getLog(RestClientTokensApi.class);

	private final RestClientTransport transport;

	private final CallRetrier retrier;

	RestClientTokensApi(RestClientTransport transport, CallRetrier retrier) {
		this.transport = transport;
		this.retrier = retrier;
	}

	@Override
	public void registriesTokensDelete(UUID registryId, UUID tokenId) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireId(tokenId, "tokenId");
		this.retrier.call(Operation.DELETE, (attempt) -> {
			try {
				return this.transport.exchange(Operation.DELETE, (uri) -> uri.build(registryId, tokenId), null,
						RestClientTransport.NoContent.class, attempt);
			}
			catch (IonosApiException ex) {
				if (ex.isNotFound() && attempt.followsUnknownOutcome()) {
					logger.debug(Operation.DELETE.describe() + " answered 404 on attempt " + attempt.number()
							+ ", after an attempt whose outcome was unknown: that attempt deleted the token");
					return RestClientTransport.NoContent.INSTANCE;
				}
				throw ex;
			}
		});
	}

	@Override
	public TokenResponse registriesTokensFindById(UUID registryId, UUID tokenId) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireId(tokenId, "tokenId");
		return call(Operation.FIND, (uri) -> uri.build(registryId, tokenId), null, TokenResponse.class);
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId) {
		return registriesTokensGet(registryId, TokensQuery.firstPage());
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId, TokensQuery query) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireNonNull(query, "query");
		return call(Operation.LIST, (uri) -> pageUri(uri, registryId, query), null, TokensResponse.class);
	}

	@Override
	public TokenResponse registriesTokensPatch(UUID registryId, UUID tokenId, PatchTokenInput patchTokenInput) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireId(tokenId, "tokenId");
		TokenArguments.checkPatch(patchTokenInput, "patchTokenInput");
		return call(Operation.UPDATE, (uri) -> uri.build(registryId, tokenId), patchTokenInput, TokenResponse.class);
	}

	@Override
	public PostTokenOutput registriesTokensPost(UUID registryId, PostTokenInput postTokenInput) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireNonNull(postTokenInput, "postTokenInput");
		TokenArguments.checkTokenProperties(postTokenInput.properties(), "postTokenInput.properties");
		PostTokenOutput created = call(Operation.CREATE, (uri) -> uri.build(registryId), postTokenInput,
				PostTokenOutput.class);
		if (!created.hasPassword()) {
			// Never repeated: a repeat would create a second token. The caller can delete this one.
			throw new IonosCommunicationException(Operation.CREATE.method(),
					this.transport.uri("/registries/" + registryId + "/tokens"),
					"the service created the token " + describe(created) + " but its answer holds no password; "
							+ "delete that token and create another",
					null, AttemptOutcome.FINAL);
		}
		return created;
	}

	@Override
	public PutTokenOutput registriesTokensPut(UUID registryId, UUID tokenId, PutTokenInput putTokenInput) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireId(tokenId, "tokenId");
		TokenArguments.requireNonNull(putTokenInput, "putTokenInput");
		TokenArguments.checkTokenProperties(putTokenInput.properties(), "putTokenInput.properties");
		return call(Operation.REPLACE, (uri) -> uri.build(registryId, tokenId), putTokenInput, PutTokenOutput.class);
	}

	@Override
	public Stream<TokenResponse> listAll(UUID registryId) {
		TokenArguments.requireId(registryId, "registryId");
		TokenPageIterator tokens = new TokenPageIterator(this, registryId, TokensQuery.DEFAULT_LIMIT);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tokens,
				Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	@Override
	public void warmUp() {
		this.transport.warmUp();
	}

	/** Releases the HTTP client this API built for itself, if any: its connections and threads. */
	@Override
	public void close() {
		try {
			this.transport.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close the HTTP client of the TokensApi", ex);
		}
	}

	private <T> T call(Operation operation, Function<UriBuilder, URI> uri, @Nullable Object body,
			Class<T> answerType) {
		return this.retrier.call(operation,
				(attempt) -> this.transport.exchange(operation, uri, body, answerType, attempt));
	}

	private static String describe(PostTokenOutput created) {
		if (created.id() != null) {
			return "with id " + created.id();
		}
		return (created.href() != null) ? "at " + created.href() : "whose id the answer did not give";
	}

	private static URI pageUri(UriBuilder uri, UUID registryId, TokensQuery query) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("registryId", registryId);
		uri.queryParam("offset", query.offset()).queryParam("limit", query.limit());
		if (query.maxResults() != null) {
			uri.queryParam("maxResults", query.maxResults());
		}
		int index = 0;
		for (Map.Entry<String, String> filter : query.filters().entrySet()) {
			// As URI variables, so that any character of a key or value is encoded, braces included.
			uri.queryParam("filter.{filterKey" + index + "}", "{filterValue" + index + "}");
			variables.put("filterKey" + index, filter.getKey());
			variables.put("filterValue" + index, filter.getValue());
			index++;
		}
		return uri.build(variables);
	}

}
