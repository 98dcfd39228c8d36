package io.github.ionosregistry.tokens;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;

/**
 * The tokens of one registry: {@link TokensApi} with the registry id given once, named as Spring's repositories
 * name things ({@link #find} gives an {@link Optional}). Spring Boot provides one for
 * {@code ionos.registry.registry-id}; otherwise get one from {@link TokensApi#registry(UUID)}.
 *
 * @since 0.1.0
 */
public final class RegistryTokens {

	private final TokensApi api;

	private final UUID registryId;

	RegistryTokens(TokensApi api, UUID registryId) {
		this.api = TokenArguments.requireNonNull(api, "api");
		this.registryId = TokenArguments.requireId(registryId, "registryId");
	}

	/** The registry these tokens belong to. */
	public UUID registryId() {
		return this.registryId;
	}

	/**
	 * Every token of the registry, read page by page as the stream is consumed.
	 * @return the tokens, lazily
	 */
	public Stream<TokenResponse> listAll() {
		return this.api.listAll(this.registryId);
	}

	/**
	 * Every token of the registry.
	 * @return the tokens
	 */
	public List<TokenResponse> list() {
		return listAll().toList();
	}

	/**
	 * One page of the registry's tokens.
	 * @param query which page
	 * @return the page
	 */
	public TokensResponse page(TokensQuery query) {
		return this.api.registriesTokensGet(this.registryId, query);
	}

	/**
	 * Reads a token; its password is always empty.
	 * @param tokenId the token
	 * @return the token, empty if the registry has no token with that id (the service answered 404)
	 */
	public Optional<TokenResponse> find(UUID tokenId) {
		try {
			return Optional.of(this.api.registriesTokensFindById(this.registryId, tokenId));
		}
		catch (IonosApiException ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * Creates a token, safely: see {@link TokensApi#createToken}.
	 * @param token the token to create
	 * @return the created token, with its one-time password
	 */
	public PutTokenOutput create(PostTokenProperties token) {
		return this.api.createToken(this.registryId, token);
	}

	/**
	 * Creates or replaces the token with an id of your choice.
	 * @param tokenId the token id
	 * @param token the token
	 * @return the token, with its password when it was created
	 */
	public PutTokenOutput put(UUID tokenId, PostTokenProperties token) {
		return this.api.registriesTokensPut(this.registryId, tokenId, PutTokenInput.of(token));
	}

	/**
	 * Changes a token's status, expiry date or scopes.
	 * @param tokenId the token
	 * @param changes the changes
	 * @return the changed token
	 */
	public TokenResponse update(UUID tokenId, PatchTokenInput changes) {
		return this.api.registriesTokensPatch(this.registryId, tokenId, changes);
	}

	/**
	 * Deletes a token.
	 * @param tokenId the token
	 */
	public void delete(UUID tokenId) {
		this.api.registriesTokensDelete(this.registryId, tokenId);
	}

	@Override
	public String toString() {
		return "RegistryTokens[registryId=" + this.registryId + "]";
	}

}
