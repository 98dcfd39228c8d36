package io.github.ionosregistry.tokens.internal.call;

import java.net.URI;
import java.util.UUID;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;

/**
 * The create that is safe to repeat, made of the API's own operations: a PUT under a new random id, so that a
 * repeat after a lost answer cannot make a second token. Should the token exist without its password in the answer
 * (its creating answer, the only one holding the password, was lost), it is deleted and created again. If the call
 * fails in the end, a token it may have created is deleted.
 */
public final class SafeTokenCreation {

	/** How often a token whose creating answer was lost is deleted and created again. */
	static final int ROUNDS = 5;

	private final TokensApi api;

	private final ScopeWords scopeWords;

	/**
	 * The safe create of an API.
	 * @param api the API
	 * @param scopeWords the scope types and actions the API sends
	 */
	public SafeTokenCreation(TokensApi api, ScopeWords scopeWords) {
		this.api = api;
		this.scopeWords = scopeWords;
	}

	public PutTokenOutput create(UUID registryId, PostTokenProperties token) {
		return create(registryId, UUID.randomUUID(), token);
	}

	/**
	 * Creates a token under an id the caller chose, so that it can find the token by that id should the call fail.
	 * @param registryId the registry
	 * @param tokenId a new id, no token's yet
	 * @param token the token
	 * @return the created token, with its password
	 */
	public PutTokenOutput create(UUID registryId, UUID tokenId, PostTokenProperties token) {
		Arguments.requireId(registryId, "registryId");
		Arguments.requireId(tokenId, "tokenId");
		Arguments.checkTokenProperties(token, "token", this.scopeWords);
		PutTokenInput input = PutTokenInput.of(token);
		for (int round = 1;; round++) {
			PutTokenOutput output = putOrCleanUp(registryId, tokenId, input);
			if (output.hasPassword()) {
				return output;
			}
			// The id is new, so the token existed only because an earlier attempt of this call created it, and
			// that attempt's answer, the only one with the password, was lost: create it again.
			this.api.registriesTokensDelete(registryId, tokenId);
			if (round == ROUNDS) {
				throw new IonosCommunicationException(Operation.REPLACE.method(),
						URI.create("/registries/" + registryId + "/tokens/" + tokenId), "the token was created "
								+ round + " times but every answer holding its password was lost; it has been deleted",
						null);
			}
		}
	}

	private PutTokenOutput putOrCleanUp(UUID registryId, UUID tokenId, PutTokenInput input) {
		try {
			return this.api.registriesTokensPut(registryId, tokenId, input);
		}
		catch (IonosRegistryException ex) {
			// A failure without an answer may have created the token; deleting an id that is not there is harmless.
			AttemptOutcome outcome = AttemptOutcome.of(ex);
			if (outcome == AttemptOutcome.UNKNOWN || outcome == AttemptOutcome.SERVER_ERROR
					|| ex instanceof IonosCommunicationException) {
				deleteQuietly(registryId, tokenId, ex);
			}
			throw ex;
		}
	}

	/** Deletes a token an attempt may have created, so that a failed safe create leaves none behind. */
	private void deleteQuietly(UUID registryId, UUID tokenId, IonosRegistryException failure) {
		try {
			this.api.registriesTokensDelete(registryId, tokenId);
		}
		catch (IonosApiException ex) {
			if (!ex.isNotFound()) {
				failure.addSuppressed(ex);
			}
		}
		catch (IonosRegistryException ex) {
			failure.addSuppressed(ex);
		}
	}

}
