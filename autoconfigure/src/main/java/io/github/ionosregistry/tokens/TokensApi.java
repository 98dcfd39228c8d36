package io.github.ionosregistry.tokens;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * The Tokens API of the IONOS Cloud Container Registry: create, list, read, update, replace and delete the access
 * tokens of a registry. Method names follow the API's operation ids.
 * <p>
 * Arguments are checked before any request: a {@code null} id or input, a page outside its bounds or a token name
 * outside the API's pattern throws {@link IllegalArgumentException}. A failed call throws an
 * {@link IonosRegistryException}: {@link IonosApiException} when the service answered with an error status,
 * {@link IonosCommunicationException} when no usable answer came.
 */
public interface TokensApi {

	/**
	 * Deletes a token.
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
	 * Creates a token. The answer is the only place its password appears. A failed create is not repeated
	 * automatically: a repeat whose first answer was lost would create a second token. Use
	 * {@link #registriesTokensPut} with an id of your choice for a create that is safe to repeat.
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
	 * Streams all of a registry's tokens, fetching pages of {@value TokensQuery#DEFAULT_LIMIT} only as the stream
	 * is consumed.
	 * @param registryId the registry
	 * @return the tokens, lazily
	 */
	Stream<TokenResponse> listAll(UUID registryId);

}
