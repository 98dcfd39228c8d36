package io.github.ionosregistry.autoconfigure.health;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ionosregistry.autoconfigure.rotation.BaseNameCensus;
import io.github.ionosregistry.autoconfigure.rotation.HolderState;
import io.github.ionosregistry.autoconfigure.rotation.ScheduledCredentialHolders;
import io.github.ionosregistry.tokens.HeldCredential;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether this replica holds a valid credential of each rotated base name: DOWN while a base name's checks fail and
 * its credential is missing or expires within its {@code retire-after} (the time its consumers need to take a
 * successor) or a quarter of its lease, whichever is shorter, so that an alert comes before any consumer is refused;
 * UP otherwise. Per base name, the details show the token held (its name, expiry and when its successor is due), the last check and
 * its outcome, what fails, and the base name's live tokens as last counted (how many no running holder renews);
 * never a password.
 */
class IonosRegistryRotationHealthIndicator implements HealthIndicator {

	private final ScheduledCredentialHolders holders;

	private final Clock clock;

	IonosRegistryRotationHealthIndicator(ScheduledCredentialHolders holders, Clock clock) {
		this.holders = holders;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		boolean atRisk = false;
		Map<String, Map<String, Object>> details = new LinkedHashMap<>();
		for (Map.Entry<String, HolderState> entry : this.holders.states().entrySet()) {
			HolderState state = entry.getValue();
			atRisk |= state.atRisk(now, this.holders.warning(entry.getKey()));
			details.put(entry.getKey(), details(state));
		}
		return (atRisk ? Health.down() : Health.up()).withDetails(details).build();
	}

	private static Map<String, Object> details(HolderState state) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("holder", state.holderId());
		HeldCredential current = state.current();
		if (current != null) {
			detail.put("token", current.credentials().username());
			detail.put("expiresAt", String.valueOf(current.expiresAt()));
			detail.put("successorDueAt", current.successorDueAt().toString());
		}
		else {
			detail.put("token", "none");
		}
		detail.put("lastCheck", (state.lastCheck() != null) ? state.lastCheck().toString() : "not yet");
		if (state.lastOutcome() != null) {
			detail.put("lastOutcome", state.lastOutcome().tag());
		}
		if (state.lastRotation() != null) {
			detail.put("lastRotation", state.lastRotation().toString());
		}
		if (state.failure() != null) {
			detail.put("failure", state.failure());
			detail.put("failingSince", String.valueOf(state.failingSince()));
		}
		BaseNameCensus census = state.census();
		if (census != null) {
			detail.put("liveTokens", census.liveTokens());
			detail.put("notRenewed", census.notRenewed());
			detail.put("countedAt", census.countedAt().toString());
		}
		return detail;
	}

}
