package io.github.ionosregistry.tokens;

import java.util.UUID;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.internal.call.SafeTokenCreation;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;

/**
 * The Tokens API of the IONOS Cloud Container Registry: create, list, read, update, replace and delete the access
 * tokens of a registry. Method names follow the API's operation ids. Build one with {@link #builder()}, or inject
 * the one Spring Boot auto-configures.
 * <p>
 * Arguments are checked before any request: a {@code null} id or input, a page outside its bounds or a token name
 * outside the API's pattern throws {@link IllegalArgumentException}. A failed call throws an
 * {@link IonosRegistryException}: {@link IonosApiException} when the service answered with an error status,
 * {@link IonosCommunicationException} when no usable answer came.
 *
 * @since 0.1.0
 */
public interface TokensApi extends AutoCloseable {

	/**
	 * Starts building a client: the API URL, credentials, time-outs, retries and HTTP client, with the same safe
	 * defaults as the Spring Boot starter.
	 * @return a builder
	 */
	static TokensApiBuilder builder() {
		return new TokensApiBuilder();
	}

	/**
	 * Deletes a token. A repeat after an attempt whose outcome was unknown that finds the token gone counts as
	 * success: the earlier attempt deleted it.
	 * @param registryId the registry
	 * @param tokenId the token
	 */
	void registriesTokensDelete(UUID registryId, UUID tokenId);

	/**
	 * Reads a token. Its password is always empty.
	 * @param registryId the registry
	 * @param tokenId the token
	 * @return the token
	 */
	TokenResponse registriesTokensFindById(UUID registryId, UUID tokenId);

	/**
	 * Lists the first page of a registry's tokens ({@value TokensQuery#DEFAULT_LIMIT} at most).
	 * @param registryId the registry
	 * @return the page
	 */
	TokensResponse registriesTokensGet(UUID registryId);

	/**
	 * Lists one page of a registry's tokens.
	 * @param registryId the registry
	 * @param query which page
	 * @return the page
	 */
	TokensResponse registriesTokensGet(UUID registryId, TokensQuery query);

	/**
	 * Changes a token's status, expiry date or scopes.
	 * @param registryId the registry
	 * @param tokenId the token
	 * @param patchTokenInput the changes
	 * @return the changed token
	 */
	TokenResponse registriesTokensPatch(UUID registryId, UUID tokenId, PatchTokenInput patchTokenInput);

	/**
	 * Creates a token. The answer is the only place its password appears. A create is repeated only when it
	 * certainly had no effect (the connection was refused, or the service answered 429): a repeat whose first answer
	 * was lost would create a second token. {@link #createToken} is the create that is safe to repeat.
	 * @param registryId the registry
	 * @param postTokenInput the token to create
	 * @return the created token, with its password
	 */
	PostTokenOutput registriesTokensPost(UUID registryId, PostTokenInput postTokenInput);

	/**
	 * Creates a token under an id of the caller's choice, or replaces the token with that id (its name cannot
	 * change). Repeating it has the same effect as doing it once.
	 * @param registryId the registry
	 * @param tokenId the id of the token to create or replace
	 * @param putTokenInput the token
	 * @return the token, with its password when it was created
	 */
	PutTokenOutput registriesTokensPut(UUID registryId, UUID tokenId, PutTokenInput putTokenInput);

	/**
	 * Creates a token in one call that is safe to repeat: it is sent with PUT under a new random id, so that a repeat
	 * after a lost answer cannot make a second token. Should a repeat find the token already created (its creating
	 * answer, the only one holding the password, was lost), the token is deleted and created again, so the answer
	 * always holds the password. If the call fails in the end, a token it may have created is deleted.
	 * @param registryId the registry
	 * @param token the token to create
	 * @return the created token, with its password
	 */
	default PutTokenOutput createToken(UUID registryId, PostTokenProperties token) {
		return new SafeTokenCreation(this, ScopeWords.DOCUMENTED).create(registryId, token);
	}

	/**
	 * Creates a token as {@link #createToken(UUID, PostTokenProperties)} does, under a new id of the caller's choice:
	 * a caller that records the id first finds the token by it, and can delete it, whatever happens to the call.
	 * @param registryId the registry
	 * @param tokenId the new token's id, which no token of the registry has yet
	 * @param token the token to create
	 * @return the created token, with its password
	 */
	default PutTokenOutput createToken(UUID registryId, UUID tokenId, PostTokenProperties token) {
		return new SafeTokenCreation(this, ScopeWords.DOCUMENTED).create(registryId, tokenId, token);
	}

	/**
	 * Streams all of a registry's tokens, fetching pages of {@value TokensQuery#DEFAULT_LIMIT} only as the stream
	 * is consumed.
	 * @param registryId the registry
	 * @return the tokens, lazily
	 */
	Stream<TokenResponse> listAll(UUID registryId);

	/**
	 * The tokens of one registry, without passing its id to every call.
	 * @param registryId the registry
	 * @return a view of this API on that registry
	 */
	default RegistryTokens registry(UUID registryId) {
		return new RegistryTokens(this, registryId);
	}

	/**
	 * Prepares the client for its first call without sending a request: builds its HTTP client, its JSON readers and
	 * writers, and expands its URI templates, so that the first call, whichever it is, costs about what later ones
	 * do (what only an error answer uses is left to the first of them). The Spring Boot
	 * starter calls it off the main thread once the application is ready; without Spring Boot, call it when the
	 * application starts. Calling it again does nothing more.
	 */
	default void warmUp() {
	}

	/**
	 * Releases the HTTP client that this API built for itself (its connections and threads); a request factory
	 * passed in as an instance is left to its owner. Spring closes the auto-configured API with its context.
	 */
	@Override
	default void close() {
	}

}
