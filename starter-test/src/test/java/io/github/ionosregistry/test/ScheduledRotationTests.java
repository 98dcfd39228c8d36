package io.github.ionosregistry.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.ionosregistry.autoconfigure.rotation.TokenRotatedEvent;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotation that runs itself ({@code ionos.registry.rotation.*}) in an application with the starter and Actuator,
 * against the emulator: nothing without the properties; the replica holds its own token from its start, handed on in
 * an event and the Docker config file, counted, with gauges of its expiry and of when its successor is due, and shown in health; a due
 * token is replaced on the scheduler and its predecessor retired after its grace; a base name that cannot make its
 * first token is DOWN with what is missing.
 */
class ScheduledRotationTests {

	private static final String TOKEN = "rotation-test-token";

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private static TokensEmulator emulator;

	@TempDir
	Path directory;

	@BeforeAll
	static void startEmulator() {
		emulator = TokensEmulator.builder().credentials(EmulatorCredentials.token(TOKEN)).start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.stop();
	}

	@BeforeEach
	void resetEmulator() {
		emulator.reset();
	}

	private static void withApplication(Consumer<ConfigurableApplicationContext> test, String... properties) {
		withApplication(EmulatorTestApplication.class, test, properties);
	}

	private static void withApplication(Class<?> application, Consumer<ConfigurableApplicationContext> test,
			String... properties) {
		try (ConfigurableApplicationContext context = ApplicationOverEmulator.builder(application, emulator, TOKEN)
			.properties(properties)
			.listeners(RotatedEvents.INSTANCE)
			.run()) {
			test.accept(context);
		}
	}

	/** The rotation events an application heard. */
	private static final class RotatedEvents implements ApplicationListener<PayloadApplicationEvent<TokenRotatedEvent>> {

		static final RotatedEvents INSTANCE = new RotatedEvents();

		final List<TokenRotatedEvent> heard = new CopyOnWriteArrayList<>();

		final List<String> threads = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<TokenRotatedEvent> event) {
			this.heard.add(event.getPayload());
			this.threads.add(Thread.currentThread().getName());
		}

	}

	@BeforeEach
	void forgetEvents() {
		RotatedEvents.INSTANCE.heard.clear();
		RotatedEvents.INSTANCE.threads.clear();
	}

	@Test
	void withoutThePropertiesThereIsNoRotationAndNoThreadOfIt() {
		withApplication((context) -> {
			assertThat(context.containsBean("ionosRegistryCredentialHolders")).isFalse();
			assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
					(thread) -> thread.getName().startsWith("ionos-registry-rotation-"));
			assertThat(context.getBean(HealthEndpoint.class).healthForPath("ionosRegistryRotation")).isNull();
		});
	}

	@Test
	void theReplicaHoldsItsOwnTokenFromItsStartWrittenIntoTheDockerConfigCountedAndShownInHealth() throws Exception {
		Path dockerConfig = Files.writeString(this.directory.resolve("config.json"),
				"{\"auths\":{\"ghcr.io\":{\"auth\":\"eA==\"}},\"credsStore\":\"\",\"aToolsKey\":[1]}");
		Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		withApplication((context) -> {
			// The first check runs while the application starts: it is ready with its credential.
			assertThat(RotatedEvents.INSTANCE.heard).singleElement().satisfies((event) -> {
				assertThat(event.baseName()).isEqualTo("ci-pull");
				assertThat(event.credentials().username()).matches("ci-pull-[a-z0-9]{6}-\\d{14}");
				assertThat(event.credentials().hostname()).isEqualTo("registry-0b0e5f5a.cr.ionos.com");
				assertThat(event.rotation().superseded()).isEmpty();
				assertThat(event.toString()).doesNotContain(event.credentials().password());
			});
			TokenRotatedEvent event = RotatedEvents.INSTANCE.heard.get(0);
			EmulatedToken token = emulator.token(REGISTRY, event.credentials().username()).orElseThrow();
			assertThat(token.scopes()).containsExactly(EmulatedScope.repository("app/*", EmulatedScope.PULL,
					EmulatedScope.PUSH));
			// A lease ahead: the token outlives this replica by at most 12 hours.
			assertThat(Duration.between(started, token.expiryDate().toInstant()))
				.isBetween(Duration.ofHours(12), Duration.ofHours(12).plusMinutes(5));

			JsonNode config = JsonMapper.shared().readTree(dockerConfig.toFile());
			assertThat(config.get("auths").get("registry-0b0e5f5a.cr.ionos.com").get("password").asString())
				.isEqualTo(event.credentials().password());
			assertThat(config.get("auths").get("ghcr.io").get("auth").asString()).isEqualTo("eA==");
			assertThat(config.get("aToolsKey").toString()).isEqualTo("[1]");

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(meters
				.get("ionos.registry.rotation").tags("base.name", "ci-pull", "outcome", "rotated").timer().count())
				.isEqualTo(1));
			assertThat(meters.get("ionos.registry.rotation.credential.expiry").tags("base.name", "ci-pull").timeGauge()
				.value(TimeUnit.HOURS)).isBetween(11.9, 12.0);
			assertThat(meters.get("ionos.registry.rotation.credential.successor-due").tags("base.name", "ci-pull").timeGauge()
				.value(TimeUnit.DAYS)).isBetween(29.9, 30.0);

			IndicatedHealthDescriptor health = rotationHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(details(health, "ci-pull")).containsEntry("token", event.credentials().username())
				.containsEntry("expiresAt", token.expiryDate().toInstant().toString())
				.containsEntry("lastOutcome", "rotated")
				.containsKeys("holder", "successorDueAt", "lastCheck", "lastRotation")
				.doesNotContainKey("failure");
			assertThat(health.getDetails().toString()).doesNotContain(event.credentials().password());
		}, "ionos.registry.rotation.ci-pull.rotate-after=30d", "ionos.registry.rotation.ci-pull.retire-after=1d",
				"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull,push",
				"ionos.registry.rotation.ci-pull.docker-config=" + dockerConfig);
	}

	@Test
	void aBaseNameThatCannotMakeItsFirstTokenIsDownInHealthWithWhatIsMissingAndCounted() {
		emulator.seed(REGISTRY, EmulatedToken.named("other"));
		withApplication((context) -> {
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(meters
				.get("ionos.registry.rotation").tags("base.name", "ci-gone", "outcome", "failed").timer().count())
				.isEqualTo(1));
			assertThat(RotatedEvents.INSTANCE.heard).isEmpty();
			assertThat(emulator.tokens(REGISTRY)).extracting(EmulatedToken::name).containsExactly("other");
			IndicatedHealthDescriptor health = rotationHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(details(health, "ci-gone")).containsEntry("token", "none")
				.containsEntry("lastOutcome", "failed")
				.hasEntrySatisfying("failure", (failure) -> assertThat(failure).asString()
					.contains("No token of ci-gone", "ionos.registry.rotation.ci-gone.scopes"));
		}, "ionos.registry.rotation.ci-gone.rotate-after=30d");
	}

	@Test
	void aDueTokenIsReplacedOnTheRotationsOwnThreadAndItsPredecessorRetiredAfterItsGrace() {
		withApplication((context) -> {
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> RotatedEvents.INSTANCE.heard.size() >= 2);
			TokenRotatedEvent first = RotatedEvents.INSTANCE.heard.get(0);
			TokenRotatedEvent second = RotatedEvents.INSTANCE.heard.get(1);
			assertThat(RotatedEvents.INSTANCE.threads.get(1)).startsWith("ionos-registry-rotation-");
			assertThat(context.getBeanNamesForType(TaskScheduler.class)).isEmpty();
			assertThat(second.rotation().superseded()).singleElement().satisfies((kept) -> assertThat(
					kept.token().properties().name()).isEqualTo(first.credentials().username()));
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> emulator.token(REGISTRY,
					first.credentials().username()).isEmpty());
		}, "ionos.registry.rotation.ci-pull.rotate-after=1s", "ionos.registry.rotation.ci-pull.retire-after=1s",
				"ionos.registry.rotation.ci-pull.check-interval=200ms",
				"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull");
	}

	@Test
	void theApplicationsOwnTaskSchedulerRunsTheChecks() {
		withApplication(WithScheduling.class, (context) -> {
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> RotatedEvents.INSTANCE.heard.size() >= 2);
			assertThat(RotatedEvents.INSTANCE.threads.get(1)).startsWith("app-scheduler-");
		}, "ionos.registry.rotation.ci-pull.rotate-after=1s", "ionos.registry.rotation.ci-pull.check-interval=200ms",
				"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull",
				"spring.task.scheduling.thread-name-prefix=app-scheduler-");
	}

	/** An application that schedules tasks of its own: Boot gives it a task scheduler, which the rotations share. */
	@EnableAutoConfiguration
	@EnableScheduling
	static class WithScheduling {

	}

	private static IndicatedHealthDescriptor rotationHealth(ConfigurableApplicationContext context) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("ionosRegistryRotation");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(IndicatedHealthDescriptor health, String baseName) {
		return (Map<String, Object>) health.getDetails().get(baseName);
	}

}
