package com.example.plain;

import java.util.UUID;

import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.TokensResponse;

/**
 * Builds a client without Spring Boot, creates a token, lists a page and closes the client.
 */
public final class PlainConsumer {

	public static void main(String[] args) {
		String apiUrl = args[0];
		String token = args[1];
		UUID registryId = UUID.fromString(args[2]);
		try (TokensApi api = TokensApi.builder().apiUrl(apiUrl).credentials(IonosCredentials.token(token)).build()) {
			api.createToken(registryId, PostTokenProperties.named("plain-consumer"));
			TokensResponse page = api.registriesTokensGet(registryId);
			System.out.println("plain consumer tokens: " + page.items().size());
		}
		System.out.println("plain consumer closed the client");
	}

}
