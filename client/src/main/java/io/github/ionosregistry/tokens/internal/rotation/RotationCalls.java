package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.internal.NotFound;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The calls a rotation makes on one registry's tokens, each by id but the list a shared rotation reads.
 */
public final class RotationCalls {

	private static final Log logger = LogFactory.getLog(RotationCalls.class);

	private final TokensApi api;

	private final UUID registryId;

	private final Function<PutTokenOutput, DockerCredentials> credentials;

	private final Supplier<String> hostname;

	/**
	 * The calls.
	 * @param credentials the Docker credentials of a token just created
	 * @param hostname the registry's hostname
	 */
	public RotationCalls(TokensApi api, UUID registryId, Function<PutTokenOutput, DockerCredentials> credentials,
			Supplier<String> hostname) {
		this.api = api;
		this.registryId = registryId;
		this.credentials = credentials;
		this.hostname = hostname;
	}

	String hostname() {
		return this.hostname.get();
	}

	Stream<TokenResponse> listAll() {
		return this.api.listAll(this.registryId);
	}

	/** The token, empty if it is gone. */
	Optional<TokenResponse> find(UUID tokenId) {
		return NotFound.asEmpty(() -> this.api.registriesTokensFindById(this.registryId, tokenId));
	}

	/** Makes a token under a chosen id, safely: a repeat after a lost answer makes no second one. */
	PutTokenOutput create(UUID tokenId, String name, List<Scope> scopes, Instant expiresAt,
			@Nullable TokenStatus status) {
		return this.api.createToken(this.registryId, tokenId, PostTokenProperties.named(name)
			.withExpiryDate(expiresAt.atOffset(ZoneOffset.UTC))
			.withScopes(scopes)
			.withStatus(status));
	}

	/** Gives a token another expiry date; empty if it is gone. */
	Optional<TokenResponse> changeExpiry(UUID tokenId, Instant expiresAt) {
		return NotFound.asEmpty(() -> this.api.registriesTokensPatch(this.registryId, tokenId,
				PatchTokenInput.empty().withExpiryDate(expiresAt.atOffset(ZoneOffset.UTC))));
	}

	/**
	 * Deletes a token, quietly.
	 * @return whether it is gone now (a token gone already counts)
	 */
	boolean delete(UUID tokenId, @Nullable String name) {
		try {
			this.api.registriesTokensDelete(this.registryId, tokenId);
			return true;
		}
		catch (IonosApiException ex) {
			if (ex.isNotFound()) {
				return true;
			}
			logger.warn("Could not delete the token " + describe(tokenId, name) + ": " + ex.getMessage());
			return false;
		}
		catch (IonosRegistryException ex) {
			logger.warn("Could not delete the token " + describe(tokenId, name) + ": " + ex.getMessage());
			return false;
		}
	}

	DockerCredentials credentials(PutTokenOutput created) {
		return this.credentials.apply(created);
	}

	private static String describe(UUID tokenId, @Nullable String name) {
		return (name != null) ? name + " (" + tokenId + ")" : tokenId.toString();
	}

}
