package io.github.ionosregistry.autoconfigure.rotation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import io.github.ionosregistry.autoconfigure.IonosRegistryProperties;
import io.github.ionosregistry.autoconfigure.RotationScopes;
import io.github.ionosregistry.tokens.CredentialHolder;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.TokenRotation;
import io.github.ionosregistry.tokens.model.Scope;
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
 * every {@code check-interval}. Each token a check makes is written into the base name's Docker config file and
 * published as a {@link TokenRotatedEvent}; each check is observed as {@value #OBSERVATION} (tags {@code base.name},
 * {@code outcome}: {@value #ROTATED}, {@value #NOT_DUE}, {@value #FAILED}), logged when it fails, and kept as a
 * {@link HolderState} for health and metrics.
 *
 * @since 0.1.0
 */
public class ScheduledCredentialHolders implements SmartLifecycle, DisposableBean {

	static final String ROTATED = "rotated";

	static final String NOT_DUE = "not-due";

	static final String FAILED = "failed";

	static final String OBSERVATION = "ionos.registry.rotation";

	private static final Log logger = LogFactory.getLog(ScheduledCredentialHolders.class);

	private final Map<String, CredentialHolder> holders = new LinkedHashMap<>();

	private final Map<String, IonosRegistryProperties.Rotation> settings;

	private final TaskScheduler scheduler;

	private final @Nullable ThreadPoolTaskScheduler ownScheduler;

	private final ObservationRegistry observations;

	private final Clock clock;

	private final Map<String, HolderState> states = new ConcurrentHashMap<>();

	private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

	private volatile boolean running;

	/**
	 * The holders.
	 * @param scheduler the application's task scheduler, or {@code null} to run on a scheduler of their own
	 * @param ownScheduler the scheduler of their own, shut down with them; used when {@code scheduler} is {@code null}
	 */
	ScheduledCredentialHolders(RegistryTokens tokens, Map<String, IonosRegistryProperties.Rotation> settings,
			@Nullable TaskScheduler scheduler, @Nullable ThreadPoolTaskScheduler ownScheduler,
			ApplicationEventPublisher events, ObservationRegistry observations, Clock clock) {
		this.settings = Map.copyOf(settings);
		this.ownScheduler = (scheduler != null) ? null : ownScheduler;
		this.scheduler = (scheduler != null) ? scheduler : Objects.requireNonNull(ownScheduler);
		this.observations = observations;
		this.clock = clock;
		this.settings.keySet().stream().sorted().forEach((baseName) -> {
			IonosRegistryProperties.Rotation rotation = Objects.requireNonNull(this.settings.get(baseName));
			CredentialHolder holder = tokens.holder(baseName, policy(rotation),
					new DockerConfigDelivery(baseName, rotation.getDockerConfig(), events));
			this.holders.put(baseName, holder);
			this.states.put(baseName, HolderState.notYetChecked(holder.holderId()));
		});
	}

	static RotationPolicy policy(IonosRegistryProperties.Rotation rotation) {
		Duration lifetime = rotation.getLifetime();
		return new RotationPolicy(Objects.requireNonNull(rotation.getRotateAfter()), rotation.getRetireAfter(), lifetime,
				RotationScopes.of(rotation.getScopes()).stream().map(Scope::parse).toList());
	}

	/** How each base name's rotation stands, in the order of the base names. */
	public Map<String, HolderState> states() {
		Map<String, HolderState> states = new LinkedHashMap<>();
		this.holders.keySet().forEach((baseName) -> states.put(baseName, this.states.get(baseName)));
		return states;
	}

	/**
	 * The grace of a base name: how long its consumers need to take a successor.
	 * @param baseName the base name
	 * @return its {@code retire-after}
	 */
	public Duration retireAfter(String baseName) {
		return Objects.requireNonNull(this.settings.get(baseName)).getRetireAfter();
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
				.checked(this.clock.instant(), rotation.rotated(), holder.current().orElse(null)));
			observation.lowCardinalityKeyValue("outcome", rotation.rotated() ? ROTATED : NOT_DUE);
			return rotation;
		}
		catch (RuntimeException ex) {
			String failure = describe(ex);
			this.states.compute(baseName, (name, state) -> Objects.requireNonNull(state)
				.failed(this.clock.instant(), failure, holder.current().orElse(null)));
			observation.lowCardinalityKeyValue("outcome", FAILED).error(ex);
			logger.warn("The check of the tokens " + baseName + " failed; the credential held stays valid and the "
					+ "next check, in " + Objects.requireNonNull(this.settings.get(baseName)).getCheckInterval()
					+ ", tries again: " + failure);
			return null;
		}
		finally {
			observation.stop();
		}
	}

	private static String describe(RuntimeException failure) {
		String message = failure.getMessage();
		return (message != null && !message.isBlank()) ? message : failure.getClass().getName();
	}

	@Override
	public void start() {
		this.holders.keySet().forEach((baseName) -> {
			check(baseName);
			Duration interval = Objects.requireNonNull(this.settings.get(baseName)).getCheckInterval();
			this.scheduled.add(this.scheduler.scheduleWithFixedDelay(() -> check(baseName),
					this.clock.instant().plus(interval), interval));
		});
		this.running = true;
	}

	@Override
	public void stop() {
		this.scheduled.forEach((future) -> future.cancel(false));
		this.scheduled.clear();
		this.running = false;
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
