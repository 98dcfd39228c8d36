package io.github.ionosregistry.autoconfigure;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.TokenRotation;
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
 * Keeps the tokens of each configured base name rotated: every {@code check-interval} it runs
 * {@link RegistryTokens#rotate} with the base name's policy on the task scheduler, writes a successor into the Docker
 * config file to keep current, publishes a {@link TokenRotatedEvent}, and records the outcome: in the observation
 * {@code ionos.registry.rotation} (tags {@code base.name}, {@code outcome}: {@code rotated}, {@code not-due},
 * {@code failed}), in the log, and for the health contributor. The first check runs when the application starts.
 */
class ScheduledTokenRotations implements SmartLifecycle, DisposableBean {

	static final String ROTATED = "rotated";

	static final String NOT_DUE = "not-due";

	static final String FAILED = "failed";

	static final String OBSERVATION = "ionos.registry.rotation";

	private static final Log logger = LogFactory.getLog(ScheduledTokenRotations.class);

	private final RegistryTokens tokens;

	private final Map<String, IonosRegistryProperties.Rotation> rotations;

	private final TaskScheduler scheduler;

	private final @Nullable ThreadPoolTaskScheduler ownScheduler;

	private final ApplicationEventPublisher events;

	private final ObservationRegistry observations;

	private final Clock clock;

	private final Map<String, RotationState> states = new ConcurrentHashMap<>();

	private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

	private volatile boolean running;

	/**
	 * The rotations.
	 * @param scheduler the application's task scheduler, or {@code null} to run on a scheduler of their own
	 * @param ownScheduler the scheduler of their own, shut down with them; used when {@code scheduler} is {@code null}
	 */
	ScheduledTokenRotations(RegistryTokens tokens, Map<String, IonosRegistryProperties.Rotation> rotations,
			@Nullable TaskScheduler scheduler, @Nullable ThreadPoolTaskScheduler ownScheduler,
			ApplicationEventPublisher events, ObservationRegistry observations, Clock clock) {
		this.tokens = tokens;
		this.rotations = Map.copyOf(rotations);
		this.ownScheduler = (scheduler != null) ? null : ownScheduler;
		this.scheduler = (scheduler != null) ? scheduler : Objects.requireNonNull(ownScheduler);
		this.events = events;
		this.observations = observations;
		this.clock = clock;
		this.rotations.keySet().forEach((baseName) -> this.states.put(baseName, RotationState.NOT_YET_RUN));
	}

	/** How each base name's rotation went last, in the order of the base names. */
	Map<String, RotationState> states() {
		Map<String, RotationState> states = new LinkedHashMap<>();
		this.rotations.keySet().stream().sorted().forEach((baseName) -> states.put(baseName, this.states.get(baseName)));
		return states;
	}

	/**
	 * Checks one base name now: rotates it if due, retires what its grace lets go.
	 * @param baseName the base name
	 * @return what the rotation did, or {@code null} if it failed
	 */
	@Nullable TokenRotation rotate(String baseName) {
		IonosRegistryProperties.Rotation settings = Objects.requireNonNull(this.rotations.get(baseName));
		RotationPolicy policy = new RotationPolicy(Objects.requireNonNull(settings.getRotateAfter()),
				settings.getRetireAfter());
		Observation observation = Observation.createNotStarted(OBSERVATION, this.observations)
			.lowCardinalityKeyValue("base.name", baseName)
			.start();
		try {
			TokenRotation rotation = this.tokens.rotate(baseName, policy);
			if (rotation.successor() != null) {
				deliver(baseName, rotation, settings.getDockerConfig());
			}
			this.states.compute(baseName, (name, state) -> state.checked(this.clock.instant(), rotation.rotated()));
			observation.lowCardinalityKeyValue("outcome", rotation.rotated() ? ROTATED : NOT_DUE);
			return rotation;
		}
		catch (RuntimeException ex) {
			String failure = describe(ex);
			this.states.compute(baseName, (name, state) -> state.failed(this.clock.instant(), failure));
			observation.lowCardinalityKeyValue("outcome", FAILED).error(ex);
			logger.warn("Rotation of the tokens " + baseName + " failed; the next check in "
					+ settings.getCheckInterval() + " tries again: " + failure);
			return null;
		}
		finally {
			observation.stop();
		}
	}

	private void deliver(String baseName, TokenRotation rotation, @Nullable Path dockerConfig) {
		DockerCredentials credentials = this.tokens.dockerCredentials(Objects.requireNonNull(rotation.successor()));
		if (dockerConfig != null) {
			credentials.writeDockerConfig(dockerConfig);
		}
		logger.info("Rotated the tokens " + baseName + ": successor " + credentials.username() + ", "
				+ rotation.superseded().size() + " superseded token(s) valid for their grace, "
				+ rotation.retired().size() + " retired");
		this.events.publishEvent(new TokenRotatedEvent(baseName, credentials, rotation));
	}

	private static String describe(RuntimeException failure) {
		String message = failure.getMessage();
		return (message != null && !message.isBlank()) ? message : failure.getClass().getName();
	}

	@Override
	public void start() {
		this.rotations.forEach((baseName, settings) -> this.scheduled.add(this.scheduler.scheduleWithFixedDelay(
				() -> rotate(baseName), this.clock.instant(), settings.getCheckInterval())));
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
