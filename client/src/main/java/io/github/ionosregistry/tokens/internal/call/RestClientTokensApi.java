package io.github.ionosregistry.tokens.internal.call;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;
import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
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
public final class RestClientTokensApi implements TokensApi {

	private static final Log logger = LogFactory.getLog(RestClientTokensApi.class);

	private final RestClientTransport transport;

	private final CallRetrier retrier;

	private final Runnable warmUp;

	private final ScopeWords scopeWords;

	/**
	 * The API over a transport.
	 * @param transport makes each attempt
	 * @param retrier runs a call's attempts
	 * @param warmUp what {@link #warmUp()} does
	 * @param scopeWords the scope types and actions it sends
	 */
	public RestClientTokensApi(RestClientTransport transport, CallRetrier retrier, Runnable warmUp,
			ScopeWords scopeWords) {
		this.transport = transport;
		this.retrier = retrier;
		this.warmUp = warmUp;
		this.scopeWords = scopeWords;
	}

	@Override
	public void registriesTokensDelete(UUID registryId, UUID tokenId) {
		Arguments.requireId(registryId, "registryId");
		Arguments.requireId(tokenId, "tokenId");
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
		Arguments.requireId(registryId, "registryId");
		Arguments.requireId(tokenId, "tokenId");
		return call(Operation.FIND, (uri) -> uri.build(registryId, tokenId), null, TokenResponse.class);
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId) {
		return registriesTokensGet(registryId, TokensQuery.firstPage());
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId, TokensQuery query) {
		Arguments.requireId(registryId, "registryId");
		Arguments.requireNonNull(query, "query");
		return call(Operation.LIST, (uri) -> pageUri(uri, registryId, query), null, TokensResponse.class);
	}

	@Override
	public TokenResponse registriesTokensPatch(UUID registryId, UUID tokenId, PatchTokenInput patchTokenInput) {
		Arguments.requireId(registryId, "registryId");
		Arguments.requireId(tokenId, "tokenId");
		Arguments.checkPatch(patchTokenInput, "patchTokenInput", this.scopeWords);
		return call(Operation.UPDATE, (uri) -> uri.build(registryId, tokenId), patchTokenInput, TokenResponse.class);
	}

	@Override
	public PostTokenOutput registriesTokensPost(UUID registryId, PostTokenInput postTokenInput) {
		Arguments.requireId(registryId, "registryId");
		Arguments.requireNonNull(postTokenInput, "postTokenInput");
		Arguments.checkTokenProperties(postTokenInput.properties(), "postTokenInput.properties", this.scopeWords);
		PostTokenOutput created = call(Operation.CREATE, (uri) -> uri.build(registryId), postTokenInput,
				PostTokenOutput.class);
		if (!created.hasPassword()) {
			// Never repeated: a repeat would create a second token. The caller can delete this one.
			throw new IonosCommunicationException(Operation.CREATE.method(),
					this.transport.uri("/registries/" + registryId + "/tokens"),
					"the service created the token " + describe(created) + " but its answer holds no password; "
							+ "delete that token and create another",
					null);
		}
		return created;
	}

	@Override
	public PutTokenOutput registriesTokensPut(UUID registryId, UUID tokenId, PutTokenInput putTokenInput) {
		Arguments.requireId(registryId, "registryId");
		Arguments.requireId(tokenId, "tokenId");
		Arguments.requireNonNull(putTokenInput, "putTokenInput");
		Arguments.checkTokenProperties(putTokenInput.properties(), "putTokenInput.properties", this.scopeWords);
		return call(Operation.REPLACE, (uri) -> uri.build(registryId, tokenId), putTokenInput, PutTokenOutput.class);
	}

	@Override
	public PutTokenOutput createToken(UUID registryId, PostTokenProperties token) {
		return new SafeTokenCreation(this, this.scopeWords).create(registryId, token);
	}

	@Override
	public PutTokenOutput createToken(UUID registryId, UUID tokenId, PostTokenProperties token) {
		return new SafeTokenCreation(this, this.scopeWords).create(registryId, tokenId, token);
	}

	@Override
	public Stream<TokenResponse> listAll(UUID registryId) {
		Arguments.requireId(registryId, "registryId");
		TokenPageIterator tokens = new TokenPageIterator(this, registryId, TokensQuery.DEFAULT_LIMIT);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tokens,
				Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	@Override
	public void warmUp() {
		this.warmUp.run();
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
