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

import javax.net.ssl.SSLException;

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

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * {@link TokensApi} on a Spring {@link RestClient}. The client brings the API URL, user agent, HTTP client and
 * message converters; this class brings the API: its URI templates, argument checks, credentials per request,
 * JSON bodies, error handling, and the retries of each operation.
 */
final class RestClientTokensApi implements TokensApi {

	private static final Log logger = LogFactory.getLog(RestClientTokensApi.class);

	private final RestClient restClient;

	private final IonosCredentialsProvider credentials;

	private final CallRetrier retrier;

	private final AutoCloseable resources;

	RestClientTokensApi(RestClient restClient, IonosCredentialsProvider credentials, CallRetrier retrier,
			AutoCloseable resources) {
		this.restClient = restClient;
		this.credentials = credentials;
		this.retrier = retrier;
		this.resources = resources;
	}

	@Override
	public void registriesTokensDelete(UUID registryId, UUID tokenId) {
		TokenArguments.requireId(registryId, "registryId");
		TokenArguments.requireId(tokenId, "tokenId");
		this.retrier.call(Operation.DELETE, (attempt) -> {
			try {
				return attempt(Operation.DELETE, (uri) -> uri.build(registryId, tokenId), null, Deleted.class);
			}
			catch (IonosApiException ex) {
				if (ex.isNotFound() && attempt.followsUnknownOutcome()) {
					logger.debug(Operation.DELETE.describe() + " answered 404 on attempt " + attempt.number()
							+ ", after an attempt whose outcome was unknown: that attempt deleted the token");
					return Deleted.INSTANCE;
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
		return call(Operation.CREATE, (uri) -> uri.build(registryId), postTokenInput, PostTokenOutput.class);
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

	/** Releases the HTTP client this API built for itself, if any: its connections and threads. */
	@Override
	public void close() {
		try {
			this.resources.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close the HTTP client of the TokensApi", ex);
		}
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

	private <T> T call(Operation operation, Function<UriBuilder, URI> uri, @Nullable Object body,
			Class<T> answerType) {
		return this.retrier.call(operation, (attempt) -> attempt(operation, uri, body, answerType));
	}

	/** One attempt; sent once more if the service refused credentials that have changed meanwhile. */
	private <T> T attempt(Operation operation, Function<UriBuilder, URI> uri, @Nullable Object body,
			Class<T> answerType) {
		IonosCredentials sent = this.credentials.getCredentials();
		try {
			return exchange(operation, uri, body, answerType, sent);
		}
		catch (IonosApiException ex) {
			IonosCredentials current = ex.isUnauthorized() ? this.credentials.getCredentials() : sent;
			if (current.equals(sent)) {
				throw ex;
			}
			return exchange(operation, uri, body, answerType, current);
		}
	}

	private <T> T exchange(Operation operation, Function<UriBuilder, URI> uriFunction, @Nullable Object body,
			Class<T> answerType, IonosCredentials credentials) {
		ExpandedUri uri = new ExpandedUri(uriFunction);
		try {
			RestClient.RequestBodySpec request = this.restClient.method(operation.method())
				.uri(operation.uriTemplate(), uri)
				.accept(MediaType.APPLICATION_JSON)
				.headers(credentials::applyTo);
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			RestClient.ResponseSpec response = request.retrieve()
				.onStatus(RestClientTokensApi::isNotSuccessful, ApiErrorHandler.INSTANCE);
			if (answerType == Deleted.class) {
				response.toBodilessEntity();
				return answerType.cast(Deleted.INSTANCE);
			}
			return requireBody(operation, uri.get(), response.toEntity(answerType));
		}
		catch (IonosRegistryException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			throw new IonosCommunicationException(operation.method(), uri.get(), describe(ex), ex);
		}
		catch (RestClientException ex) {
			// The cause's message may quote the body, and a create answer's body holds a password.
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			throw new IonosCommunicationException(operation.method(), uri.get(),
					"the answer could not be read (" + cause.getClass().getSimpleName() + ")", null);
		}
	}

	private static String describe(ResourceAccessException failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		String problem = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		if (failure.getCause() instanceof SSLException) {
			return "TLS failure, the server's certificate may not be trusted (" + problem + ")";
		}
		return "I/O error: " + problem;
	}

	private static boolean isNotSuccessful(HttpStatusCode status) {
		return !status.is2xxSuccessful();
	}

	private static <T> T requireBody(Operation operation, URI uri, ResponseEntity<T> entity) {
		T body = entity.getBody();
		if (body == null) {
			URI location = entity.getHeaders().getLocation();
			throw new IonosCommunicationException(operation.method(), uri, "the answer "
					+ entity.getStatusCode().value() + " had no body"
					+ ((location != null) ? " (" + HttpHeaders.LOCATION + ": " + location + ")" : ""), null);
		}
		return body;
	}

	/** What a DELETE answers: nothing but its success. */
	private enum Deleted {

		INSTANCE

	}

	/** Expands an operation's URI template against the API URL, and keeps the result for error messages. */
	private static final class ExpandedUri implements Function<UriBuilder, URI> {

		private final Function<UriBuilder, URI> expansion;

		private @Nullable URI uri;

		ExpandedUri(Function<UriBuilder, URI> expansion) {
			this.expansion = expansion;
		}

		@Override
		public URI apply(UriBuilder builder) {
			URI expanded = this.expansion.apply(builder);
			this.uri = expanded;
			return expanded;
		}

		URI get() {
			URI expanded = this.uri;
			return (expanded != null) ? expanded : URI.create("");
		}

	}

}
