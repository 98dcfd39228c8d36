package io.github.ionosregistry.benchmarks;

import java.util.UUID;

import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * What a user writes instead of this library: a Spring HTTP service client over the same records, on Boot's
 * {@code RestClient.Builder} with its defaults.
 */
@HttpExchange(accept = "application/json")
interface TokensService {

	@GetExchange("/registries/{registryId}/tokens/{tokenId}")
	TokenResponse find(@PathVariable UUID registryId, @PathVariable UUID tokenId);

	@GetExchange("/registries/{registryId}/tokens")
	TokensResponse list(@PathVariable UUID registryId, @RequestParam int offset, @RequestParam int limit);

}
