package io.github.ionosregistry.autoconfigure;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;

/**
 * The application's {@link TokensApi}, built when it is first needed: by the warm-up once the application is ready,
 * or by its first call. Start-up then builds no HTTP client, TLS context or {@code RestClient} for it; what must fail
 * start-up (missing credentials, a malformed API URL) is checked before this is made.
 */
final class DeferredTokensApi implements TokensApi {

	private final Deferred<TokensApi> api;

	DeferredTokensApi(Supplier<TokensApi> build) {
		this.api = new Deferred<>("TokensApi", build);
	}

	private TokensApi api() {
		return this.api.get();
	}

	@Override
	public void registriesTokensDelete(UUID registryId, UUID tokenId) {
		api().registriesTokensDelete(registryId, tokenId);
	}

	@Override
	public TokenResponse registriesTokensFindById(UUID registryId, UUID tokenId) {
		return api().registriesTokensFindById(registryId, tokenId);
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId) {
		return api().registriesTokensGet(registryId);
	}

	@Override
	public TokensResponse registriesTokensGet(UUID registryId, TokensQuery query) {
		return api().registriesTokensGet(registryId, query);
	}

	@Override
	public TokenResponse registriesTokensPatch(UUID registryId, UUID tokenId, PatchTokenInput patchTokenInput) {
		return api().registriesTokensPatch(registryId, tokenId, patchTokenInput);
	}

	@Override
	public PostTokenOutput registriesTokensPost(UUID registryId, PostTokenInput postTokenInput) {
		return api().registriesTokensPost(registryId, postTokenInput);
	}

	@Override
	public PutTokenOutput registriesTokensPut(UUID registryId, UUID tokenId, PutTokenInput putTokenInput) {
		return api().registriesTokensPut(registryId, tokenId, putTokenInput);
	}

	@Override
	public PutTokenOutput createToken(UUID registryId, PostTokenProperties token) {
		return api().createToken(registryId, token);
	}

	@Override
	public PutTokenOutput createToken(UUID registryId, UUID tokenId, PostTokenProperties token) {
		return api().createToken(registryId, tokenId, token);
	}

	@Override
	public Stream<TokenResponse> listAll(UUID registryId) {
		return api().listAll(registryId);
	}

	@Override
	public void warmUp() {
		api().warmUp();
	}

	@Override
	public void close() {
		this.api.close(TokensApi::close);
	}

	@Override
	public String toString() {
		TokensApi api = this.api.ifBuilt();
		return (api != null) ? api.toString() : "TokensApi (built at its first use)";
	}

}
