package io.github.ionosregistry.tokens;

import java.net.URI;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;

/**
 * {@link TokensApi} on a Spring {@link RestClient}. The client brings authentication, user agent, time-outs and
 * message converters; this class brings the API: its paths, argument checks, JSON bodies and error handling.
 */
public final class RestClientTokensApi implements TokensApi {

	private final RestClient restClient;

	private final String apiUrl;

	/**
	 * Creates an API on a configured client.
	 * @param restClient the client, with authentication and JSON converters
	 * @param apiUrl the API's base URL, such as {@code https://api.ionos.com/containerregistries}
	 */
	public RestClientTokensApi(RestClient restClient, URI apiUrl) {
		this.restClient = TokenArguments.requireNonNull(restClient, "restClient");
		String url = TokenArguments.requireNonNull(apiUrl, "apiUrl").toString();
		this.apiUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public void registriesTokensDelete(UUID registryId, UUID tokenId) {
		URI uri = tokenUri(registryId, tokenId);
		exchange(HttpMethod.DELETE, uri, () -> request(HttpMethod.DELETE, uri, null).toBodilessEntity());
	}

	@Override
	public TokenResponse registriesTokensFindById(UUID registryId, UUID tokenId) {
		return call(HttpMethod.GET, tokenUri(registryId, tokenId), null, TokenResponse.class);
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId) {
		return registriesTokensGet(registryId, TokensQuery.firstPage());
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId, TokensQuery query) {
		URI uri = tokensUri(registryId, TokenArguments.requireNonNull(query, "query"));
		return call(HttpMethod.GET, uri, null, TokensResponse.class);
	}

	@Override
	public TokenResponse registriesTokensPatch(UUID registryId, UUID tokenId, PatchTokenInput patchTokenInput) {
		URI uri = tokenUri(registryId, tokenId);
		TokenArguments.checkPatch(patchTokenInput, "patchTokenInput");
		return call(HttpMethod.PATCH, uri, patchTokenInput, TokenResponse.class);
	}

	@Override
	public PostTokenOutput registriesTokensPost(UUID registryId, PostTokenInput postTokenInput) {
		URI uri = tokensUri(registryId);
		TokenArguments.requireNonNull(postTokenInput, "postTokenInput");
		TokenArguments.checkTokenProperties(postTokenInput.properties(), "postTokenInput.properties");
		return call(HttpMethod.POST, uri, postTokenInput, PostTokenOutput.class);
	}

	@Override
	public PutTokenOutput registriesTokensPut(UUID registryId, UUID tokenId, PutTokenInput putTokenInput) {
		URI uri = tokenUri(registryId, tokenId);
		TokenArguments.requireNonNull(putTokenInput, "putTokenInput");
		TokenArguments.checkTokenProperties(putTokenInput.properties(), "putTokenInput.properties");
		return call(HttpMethod.PUT, uri, putTokenInput, PutTokenOutput.class);
	}

	@Override
	public Stream<TokenResponse> listAll(UUID registryId) {
		TokenArguments.requireId(registryId, "registryId");
		TokenPageIterator tokens = new TokenPageIterator(this, registryId, TokensQuery.DEFAULT_LIMIT);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tokens,
				Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	private URI tokensUri(@Nullable UUID registryId) {
		return URI.create(tokensPath(registryId));
	}

	private URI tokensUri(@Nullable UUID registryId, TokensQuery query) {
		StringBuilder uri = new StringBuilder(tokensPath(registryId)).append("?offset=")
			.append(query.offset())
			.append("&limit=")
			.append(query.limit());
		if (query.maxResults() != null) {
			uri.append("&maxResults=").append(query.maxResults());
		}
		for (Map.Entry<String, String> filter : query.filters().entrySet()) {
			uri.append("&filter.")
				.append(UriUtils.encodeQueryParam(filter.getKey(), java.nio.charset.StandardCharsets.UTF_8))
				.append('=')
				.append(UriUtils.encodeQueryParam(filter.getValue(), java.nio.charset.StandardCharsets.UTF_8));
		}
		return URI.create(uri.toString());
	}

	private URI tokenUri(@Nullable UUID registryId, @Nullable UUID tokenId) {
		String tokens = tokensPath(registryId);
		return URI.create(tokens + "/" + TokenArguments.requireId(tokenId, "tokenId"));
	}

	private String tokensPath(@Nullable UUID registryId) {
		return this.apiUrl + "/registries/" + TokenArguments.requireId(registryId, "registryId") + "/tokens";
	}

	private <T> T call(HttpMethod method, URI uri, @Nullable Object body, Class<T> answerType) {
		return requireBody(method, uri, exchange(method, uri, () -> request(method, uri, body).toEntity(answerType)));
	}

	private RestClient.ResponseSpec request(HttpMethod method, URI uri, @Nullable Object body) {
		RestClient.RequestBodySpec request = this.restClient.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().onStatus(RestClientTokensApi::isNotSuccessful, ApiErrorHandler.INSTANCE);
	}

	private static boolean isNotSuccessful(HttpStatusCode status) {
		return !status.is2xxSuccessful();
	}

	private static <T> T exchange(HttpMethod method, URI uri, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (IonosRegistryException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			throw new IonosCommunicationException(method, uri,
					"I/O error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), ex);
		}
		catch (RestClientException ex) {
			// The cause's message may quote the body, and a create answer's body holds a password.
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			throw new IonosCommunicationException(method, uri,
					"the answer could not be read (" + cause.getClass().getSimpleName() + ")", null);
		}
	}

	private static <T> T requireBody(HttpMethod method, URI uri, ResponseEntity<T> entity) {
		T body = entity.getBody();
		if (body == null) {
			URI location = entity.getHeaders().getLocation();
			throw new IonosCommunicationException(method, uri, "the answer " + entity.getStatusCode().value()
					+ " had no body" + ((location != null) ? " (" + HttpHeaders.LOCATION + ": " + location + ")" : ""),
					null);
		}
		return body;
	}

}
