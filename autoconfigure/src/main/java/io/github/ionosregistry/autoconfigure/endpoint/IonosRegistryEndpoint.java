package io.github.ionosregistry.autoconfigure.endpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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
 * (the service deletes a token when its expiry date passes). Read-only; it never holds a credential.
 *
 * @since 0.1.0
 */
@Endpoint(id = "ionosregistry")
public class IonosRegistryEndpoint {

	private final RegistryTokens registryTokens;

	private final Duration expiryWarning;

	private final Clock clock;

	IonosRegistryEndpoint(RegistryTokens registryTokens, Duration expiryWarning, Clock clock) {
		this.registryTokens = registryTokens;
		this.expiryWarning = expiryWarning;
		this.clock = clock;
	}

	/**
	 * Lists the registry's tokens, reading every page.
	 * @return the registry's tokens
	 */
	@ReadOperation
	public RegistryTokensDescriptor tokens() {
		OffsetDateTime horizon = OffsetDateTime.now(this.clock).plus(this.expiryWarning);
		List<TokenDescriptor> tokens = this.registryTokens.listAll()
			.map((token) -> TokenDescriptor.of(token, horizon))
			.toList();
		return new RegistryTokensDescriptor(this.registryTokens.registryId(), this.expiryWarning.toString(),
				tokens.stream().filter(TokenDescriptor::expiring).count(), tokens);
	}

	/**
	 * The tokens of a registry.
	 * @param registryId the registry
	 * @param expiryWarning how far ahead a token counts as expiring, as an ISO-8601 duration
	 * @param expiringCount how many tokens expire within it
	 * @param tokens the tokens, in the order the API lists them
	 */
	public record RegistryTokensDescriptor(UUID registryId, String expiryWarning, long expiringCount,
			List<TokenDescriptor> tokens) {

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
