package io.github.ionosregistry.autoconfigure.endpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.github.ionosregistry.autoconfigure.rotation.BaseNameCensus;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The actuator endpoint {@code ionosregistry}: the tokens of {@code ionos.registry.registry-id}, each with its id,
 * name, status, expiry date and scopes, and whether it expires within {@code ionos.registry.token-expiry-warning}
 * (the service deletes a token when its expiry date passes); with scheduled rotations, each base name's live tokens
 * and how many of them no running holder renews. Read-only; it never holds a credential.
 *
 * @since 0.1.0
 */
@Endpoint(id = "ionosregistry")
public class IonosRegistryEndpoint {

	private final RegistryTokens registryTokens;

	private final Duration expiryWarning;

	private final Clock clock;

	private final Function<List<TokenResponse>, Map<String, BaseNameCensus>> census;

	IonosRegistryEndpoint(RegistryTokens registryTokens, Duration expiryWarning, Clock clock,
			Function<List<TokenResponse>, Map<String, BaseNameCensus>> census) {
		this.registryTokens = registryTokens;
		this.expiryWarning = expiryWarning;
		this.clock = clock;
		this.census = census;
	}

	/**
	 * Lists the registry's tokens, reading every page.
	 * @return the registry's tokens
	 */
	@ReadOperation
	public RegistryTokensDescriptor tokens() {
		OffsetDateTime horizon = OffsetDateTime.now(this.clock).plus(this.expiryWarning);
		List<TokenResponse> listed = this.registryTokens.list();
		List<TokenDescriptor> tokens = listed.stream().map((token) -> TokenDescriptor.of(token, horizon)).toList();
		return new RegistryTokensDescriptor(this.registryTokens.registryId(), this.expiryWarning.toString(),
				tokens.stream().filter(TokenDescriptor::expiring).count(), tokens, this.census.apply(listed));
	}

	/**
	 * The tokens of a registry.
	 * @param registryId the registry
	 * @param expiryWarning how far ahead a token counts as expiring, as an ISO-8601 duration
	 * @param expiringCount how many tokens expire within it
	 * @param tokens the tokens, in the order the API lists them
	 * @param rotations per base name this replica rotates, its live tokens and how many no running holder renews
	 */
	public record RegistryTokensDescriptor(UUID registryId, String expiryWarning, long expiringCount,
			List<TokenDescriptor> tokens, Map<String, BaseNameCensus> rotations) {

	}

	/**
	 * A token, without its credentials.
	 * @param id its id
	 * @param name its name, also the Docker user name
	 * @param status {@code enabled} or {@code disabled}
	 * @param expiryDate when the service deletes it, in ISO-8601; {@code null} if it does not expire
	 * @param scopes what it may do
	 * @param expiring whether it expires within the warning
	 */
	public record TokenDescriptor(@Nullable UUID id, @Nullable String name, @Nullable String status,
			@Nullable String expiryDate, List<Scope> scopes, boolean expiring) {

		static TokenDescriptor of(TokenResponse token, OffsetDateTime horizon) {
			TokenProperties properties = token.properties();
			if (properties == null) {
				return new TokenDescriptor(token.id(), null, null, null, List.of(), false);
			}
			OffsetDateTime expiryDate = properties.expiryDate();
			return new TokenDescriptor(token.id(), properties.name(),
					statusOf(properties),
					(expiryDate != null) ? expiryDate.toString() : null, properties.scopes(),
					expiryDate != null && expiryDate.isBefore(horizon));
		}

		private static @Nullable String statusOf(TokenProperties properties) {
			TokenStatus status = properties.status();
			return (status != null) ? status.value() : null;
		}

	}

}
