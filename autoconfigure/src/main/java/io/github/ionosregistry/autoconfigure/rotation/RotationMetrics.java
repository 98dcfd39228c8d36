package io.github.ionosregistry.autoconfigure.rotation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.github.ionosregistry.tokens.HeldCredential;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Per base name, how long this replica's credential has left and when it is renewed: the gauges
 * {@value #EXPIRY} (time until the credential held expires) and {@value #SUCCESSOR_DUE} (time until its successor is due;
 * negative while a due successor could not be made), tagged {@code base.name}; no value while the replica holds no
 * credential; and {@value #TOKENS}, the base name's live tokens as last counted, tagged {@code state} {@code live} or
 * {@code not-renewed} (no running holder renews them). An alert on the first falling below the grace catches a rotation that keeps failing before any
 * consumer is refused.
 */
final class RotationMetrics implements MeterBinder {

	static final String EXPIRY = "ionos.registry.rotation.credential.expiry";

	static final String SUCCESSOR_DUE = "ionos.registry.rotation.credential.successor-due";

	static final String TOKENS = "ionos.registry.rotation.tokens";

	private final ScheduledCredentialHolders holders;

	private final Clock clock;

	RotationMetrics(ScheduledCredentialHolders holders, Clock clock) {
		this.holders = holders;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.holders.states().keySet().forEach((baseName) -> {
			gauge(registry, EXPIRY, "Time until the credential this replica holds expires", baseName,
					HeldCredential::expiresAt);
			gauge(registry, SUCCESSOR_DUE, "Time until the successor of the credential this replica holds is due", baseName,
					HeldCredential::successorDueAt);
			tokens(registry, baseName, "live", BaseNameCensus::liveTokens);
			tokens(registry, baseName, "not-renewed", BaseNameCensus::notRenewed);
		});
	}

	private void gauge(MeterRegistry registry, String name, String description, String baseName,
			Function<HeldCredential, @Nullable Instant> moment) {
		TimeGauge.builder(name, this.holders, TimeUnit.SECONDS, (holders) -> secondsUntil(holders, baseName, moment))
			.description(description)
			.tag("base.name", baseName)
			.register(registry);
	}

	private void tokens(MeterRegistry registry, String baseName, String state, ToIntFunction<BaseNameCensus> count) {
		Gauge.builder(TOKENS, this.holders, (holders) -> {
			HolderState holderState = holders.states().get(baseName);
			BaseNameCensus census = (holderState != null) ? holderState.census() : null;
			return (census != null) ? count.applyAsInt(census) : Double.NaN;
		})
			.description("Live tokens of the base name in the registry, as last counted")
			.tag("base.name", baseName)
			.tag("state", state)
			.register(registry);
	}

	private double secondsUntil(ScheduledCredentialHolders holders, String baseName,
			Function<HeldCredential, @Nullable Instant> moment) {
		HolderState state = holders.states().get(baseName);
		HeldCredential current = (state != null) ? state.current() : null;
		Instant at = (current != null) ? moment.apply(current) : null;
		return (at != null) ? Duration.between(this.clock.instant(), at).toMillis() / 1000.0 : Double.NaN;
	}

}
