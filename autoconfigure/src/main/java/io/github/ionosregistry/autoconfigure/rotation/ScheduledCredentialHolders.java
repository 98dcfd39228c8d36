package io.github.ionosregistry.autoconfigure.rotation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.CredentialHolder;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokenRotation;
import io.github.ionosregistry.tokens.internal.rotation.NoScopesException;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * This replica's {@link CredentialHolder} of each configured base name, checked on the task scheduler: the first
 * check runs while the application starts, so that a replica holds its credential before it is ready, then one
 * every {@code check-interval}. Each credential a check delivers is written into the base name's Docker config file
 * and published as a {@link TokenRotatedEvent}; each check is observed as {@value #OBSERVATION} (tags
 * {@code base.name}, {@code outcome}), logged when it fails, and kept as a {@link HolderState} for health and
 * metrics. Every half lease, the base name's live tokens are counted. When the application stops, each holder is
 * released (its tokens deleted, unless consumers may still read them), within {@link #RELEASE_TIMEOUT} in all.
 *
 * @since 0.1.0
 */
public class ScheduledCredentialHolders implements SmartLifecycle, DisposableBean {

	static final String OBSERVATION = "ionos.registry.rotation";

	/** The longest the holders' release may hold up the application's stop, should the API hang. */
	static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(ScheduledCredentialHolders.class);

	private final RegistryTokens tokens;

	private final Map<String, CredentialHolder> holders = new LinkedHashMap<>();

	private final Map<String, IonosRegistryRotationProperties.Rotation> settings;

	private final TaskScheduler scheduler;

	private final @Nullable ThreadPoolTaskScheduler ownScheduler;

	private final ObservationRegistry observations;

	private final Clock clock;

	private final Duration releaseTimeout;

	private final Map<String, HolderState> states = new ConcurrentHashMap<>();

	private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

	private volatile boolean running;

	/**
	 * The holders.
	 * @param scheduler the application's task scheduler, or {@code null} to run on a scheduler of their own
	 * @param ownScheduler the scheduler of their own, shut down with them; used when {@code scheduler} is {@code null}
	 */
	ScheduledCredentialHolders(RegistryTokens tokens, Map<String, IonosRegistryRotationProperties.Rotation> settings,
			@Nullable TaskScheduler scheduler, @Nullable ThreadPoolTaskScheduler ownScheduler,
			ApplicationEventPublisher events, ObservationRegistry observations, Clock clock) {
		this(tokens, settings, scheduler, ownScheduler, events, observations, clock, RELEASE_TIMEOUT);
	}

	ScheduledCredentialHolders(RegistryTokens tokens, Map<String, IonosRegistryRotationProperties.Rotation> settings,
			@Nullable TaskScheduler scheduler, @Nullable ThreadPoolTaskScheduler ownScheduler,
			ApplicationEventPublisher events, ObservationRegistry observations, Clock clock, Duration releaseTimeout) {
		this.releaseTimeout = releaseTimeout;
		this.tokens = tokens;
		this.settings = Map.copyOf(settings);
		this.ownScheduler = (scheduler != null) ? null : ownScheduler;
		this.scheduler = (scheduler != null) ? scheduler : Objects.requireNonNull(ownScheduler);
		this.observations = observations;
		this.clock = clock;
		this.settings.keySet().stream().sorted().forEach((baseName) -> {
			IonosRegistryRotationProperties.Rotation rotation = setting(baseName);
			CredentialHolder holder = tokens.holder(baseName, RotationPolicies.of(rotation),
					delivery(rotation.getDockerConfig(), new RotationEvents(baseName, events)));
			this.holders.put(baseName, holder);
			this.states.put(baseName, HolderState.notYetChecked(holder.holderId()));
		});
	}

	private static CredentialDelivery delivery(@Nullable Path dockerConfig, RotationEvents events) {
		return (dockerConfig != null) ? CredentialDelivery.dockerConfig(dockerConfig).andThen(events) : events;
	}

	private IonosRegistryRotationProperties.Rotation setting(String baseName) {
		return Objects.requireNonNull(this.settings.get(baseName));
	}

	/** How each base name's rotation stands, in the order of the base names. */
	public Map<String, HolderState> states() {
		Map<String, HolderState> states = new LinkedHashMap<>();
		this.holders.keySet().forEach((baseName) -> states.put(baseName, this.states.get(baseName)));
		return states;
	}

	/**
	 * How long before its expiry a base name's credential that cannot be renewed puts its consumers at risk: the
	 * grace consumers need to take a successor, but no more than a quarter of the lease (the lease is renewed at half,
	 * so this leaves a quarter of it to the checks that fail).
	 * @param baseName the base name
	 * @return the time
	 */
	public Duration warning(String baseName) {
		IonosRegistryRotationProperties.Rotation rotation = setting(baseName);
		Duration quarterLease = rotation.getLease().dividedBy(4);
		return (rotation.getRetireAfter().compareTo(quarterLease) < 0) ? rotation.getRetireAfter() : quarterLease;
	}

	/**
	 * Counts the live tokens of each base name among a registry's tokens.
	 * @param registryTokens the registry's tokens, as listed
	 * @return the census of each base name, in the order of the base names
	 */
	public Map<String, BaseNameCensus> census(List<TokenResponse> registryTokens) {
		Map<String, BaseNameCensus> census = new LinkedHashMap<>();
		Instant now = this.clock.instant();
		this.holders.keySet().forEach((baseName) -> census.put(baseName, BaseNameCensus.of(registryTokens, baseName,
				setting(baseName).getLease(), setting(baseName).getCheckInterval(), now)));
		return census;
	}

	/**
	 * Checks one base name now.
	 * @param baseName the base name
	 * @return what the check did, or {@code null} if it failed
	 */
	@Nullable TokenRotation check(String baseName) {
		CredentialHolder holder = Objects.requireNonNull(this.holders.get(baseName));
		Observation observation = Observation.createNotStarted(OBSERVATION, this.observations)
			.lowCardinalityKeyValue("base.name", baseName)
			.start();
		try {
			TokenRotation rotation = holder.check();
			this.states.compute(baseName, (name, state) -> Objects.requireNonNull(state)
				.checked(holder.holderId(), this.clock.instant(), rotation.rotated(), holder.current().orElse(null)));
			observation.lowCardinalityKeyValue("outcome",
					(rotation.rotated() ? CheckOutcome.ROTATED : CheckOutcome.NOT_DUE).tag());
			return rotation;
		}
		catch (RuntimeException ex) {
			failed(baseName, holder, ex);
			observation.lowCardinalityKeyValue("outcome", CheckOutcome.FAILED.tag()).error(ex);
			return null;
		}
		finally {
			observation.stop();
		}
	}

	private void failed(String baseName, CredentialHolder holder, RuntimeException ex) {
		String failure = describe(baseName, ex);
		this.states.compute(baseName, (name, state) -> Objects.requireNonNull(state)
			.failed(holder.holderId(), this.clock.instant(), failure, holder.current().orElse(null)));
		String held = holder.current()
			.map((current) -> "the credential held, " + current.credentials().username() + ", stays valid until "
					+ current.expiresAt())
			.orElse("no credential is held yet");
		logger.warn("The check of the tokens " + baseName + " failed; " + held + ", and the next check, in "
				+ setting(baseName).getCheckInterval() + ", tries again: " + failure);
	}

	/** What failed, in the words of the properties where the client names its own API. */
	private static String describe(String baseName, RuntimeException failure) {
		if (failure instanceof NoScopesException) {
			return "No token of " + baseName + " to take the scopes of the first token from: set "
					+ "ionos.registry.rotation." + baseName + ".scopes, such as repository:*:pull";
		}
		String message = failure.getMessage();
		return (message != null && !message.isBlank()) ? message : failure.getClass().getName();
	}

	/** Counts the live tokens of every base name, by listing the registry's tokens once. */
	void countTokens() {
		try {
			List<TokenResponse> listed = this.tokens.list();
			census(listed).forEach((baseName, census) -> this.states.computeIfPresent(baseName,
					(name, state) -> state.counted(census)));
		}
		catch (RuntimeException ex) {
			logger.debug("Could not count the tokens of the rotated base names: " + ex.getMessage());
		}
	}

	@Override
	public synchronized void start() {
		this.holders.keySet().forEach((baseName) -> {
			check(baseName);
			Duration interval = setting(baseName).getCheckInterval();
			this.scheduled.add(this.scheduler.scheduleWithFixedDelay(() -> check(baseName),
					this.clock.instant().plus(interval), interval));
		});
		Duration census = this.settings.values().stream().map((rotation) -> rotation.getLease().dividedBy(2))
			.min(Duration::compareTo)
			.orElseThrow();
		this.scheduled.add(this.scheduler.scheduleWithFixedDelay(this::countTokens,
				this.clock.instant().plus(census), census));
		this.running = true;
	}

	/** Stops the checks and releases the holders, waiting for them at most the release time-out. */
	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.scheduled.forEach((future) -> future.cancel(false));
		this.scheduled.clear();
		Thread release = new Thread(() -> this.holders.values().forEach(ScheduledCredentialHolders::release),
				"ionos-registry-release");
		release.setDaemon(true);
		release.start();
		try {
			release.join(this.releaseTimeout.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (release.isAlive()) {
			logger.warn("The release of the rotated tokens took longer than " + this.releaseTimeout.toSeconds()
					+ " s and was left; the tokens it did not delete end at their expiry dates, within a lease");
		}
	}

	private static void release(CredentialHolder holder) {
		try {
			holder.release();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not release the tokens of " + holder.baseName() + "; they end at their expiry dates, "
					+ "within a lease: " + ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void destroy() {
		if (this.ownScheduler != null) {
			this.ownScheduler.shutdown();
		}
	}

}
