package io.github.ionosregistry.autoconfigure.rotation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.github.ionosregistry.tokens.internal.rotation.RotationNames;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;

/**
 * The live tokens of a base name in the registry, and how many of them no running holder renews: tokens of
 * holders whose lease is no longer moved forward (their replica stopped or was killed; they end within a lease), or
 * that are in the last part of their grace.
 *
 * @param liveTokens the base name's tokens the registry holds
 * @param notRenewed those among them of a holder whose expiry date is closer than a running holder lets it come
 * @param countedAt when they were counted
 * @since 0.1.0
 */
public record BaseNameCensus(int liveTokens, int notRenewed, Instant countedAt) {

	/**
	 * Counts the base name's tokens among a registry's.
	 * @param tokens the registry's tokens
	 * @param baseName the base name
	 * @param lease the holders' lease
	 * @param checkInterval how often the holders check
	 * @param now the time now
	 * @return the census
	 */
	static BaseNameCensus of(List<TokenResponse> tokens, String baseName, Duration lease, Duration checkInterval,
			Instant now) {
		// A running holder renews at half its lease, at a check: its tokens never come closer than this.
		Instant renewedUntil = now.plus(lease.dividedBy(2)).minus(checkInterval);
		int live = 0;
		int notRenewed = 0;
		for (TokenResponse token : tokens) {
			TokenProperties properties = token.properties();
			if (properties != null && RotationNames.isOfBaseName(properties.name(), baseName)) {
				live++;
				boolean ofHolder = RotationNames.holderIdOf(properties.name(), baseName).isPresent();
				OffsetDateTime expiry = properties.expiryDate();
				if (ofHolder && expiry != null && expiry.toInstant().isBefore(renewedUntil)) {
					notRenewed++;
				}
			}
		}
		return new BaseNameCensus(live, notRenewed, now);
	}

}
