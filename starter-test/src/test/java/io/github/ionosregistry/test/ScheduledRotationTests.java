package io.github.ionosregistry.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.github.ionosregistry.autoconfigure.TokenRotatedEvent;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
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
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.scheduling.annotation.EnableScheduling;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotation that runs itself ({@code ionos.registry.rotation.*}) in an application with the starter and Actuator,
 * against the emulator: nothing without the properties; a due rotation hands its successor on in an event and in the
 * Docker config file, counts its outcome, and keeps the superseded token for its grace; a failing one shows in health.
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
			assertThat(context.containsBean("ionosRegistryTokenRotations")).isFalse();
			assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
					(thread) -> thread.getName().startsWith("ionos-registry-rotation-"));
			assertThat(registryHealth(context).getDetails()).doesNotContainKey("rotations");
		});
	}

	@Test
	void aDueRotationHandsOnTheSuccessorKeepsTheDockerConfigCurrentAndCountsIt() throws Exception {
		EmulatedToken old = seedOld("ci-push");
		Path dockerConfig = Files.writeString(this.directory.resolve("config.json"),
				"{\"auths\":{\"ghcr.io\":{\"auth\":\"eA==\"}},\"credsStore\":\"\",\"aToolsKey\":[1]}");
		withApplication((context) -> {
			TokenRotatedEvent event = awaitEvent();
			assertThat(event.baseName()).isEqualTo("ci-push");
			String successor = event.credentials().username();
			assertThat(successor).matches("ci-push-\\d{14}");
			assertThat(event.credentials().hostname()).isEqualTo("registry-0b0e5f5a.cr.ionos.com");
			assertThat(event.rotation().superseded()).singleElement()
				.satisfies((kept) -> assertThat(kept.token().id()).isEqualTo(old.id()));
			assertThat(event.toString()).doesNotContain(event.credentials().password());
			assertThat(emulator.tokens(REGISTRY)).extracting(EmulatedToken::name).containsExactly("ci-push", successor);

			JsonNode config = JsonMapper.shared().readTree(dockerConfig.toFile());
			assertThat(config.get("auths").get("registry-0b0e5f5a.cr.ionos.com").get("password").asString())
				.isEqualTo(event.credentials().password());
			assertThat(config.get("auths").get("ghcr.io").get("auth").asString()).isEqualTo("eA==");
			assertThat(config.get("aToolsKey").toString()).isEqualTo("[1]");

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(meters.get("ionos.registry.rotation")
				.tags("base.name", "ci-push", "outcome", "rotated")
				.timer()
				.count()).isEqualTo(1));
			Map<String, Object> details = rotationDetails(context, "ci-push");
			assertThat(details).containsEntry("lastOutcome", "rotated").containsKeys("lastCheck", "lastRotation")
				.doesNotContainKey("failure");
		}, "ionos.registry.rotation.ci-push.rotate-after=30d", "ionos.registry.rotation.ci-push.retire-after=2h",
				"ionos.registry.rotation.ci-push.docker-config=" + dockerConfig);
	}

	@Test
	void aRotationNotDueDoesNothingButCountsAndAFailingOneShowsInHealth() {
		emulator.seed(REGISTRY, EmulatedToken.named("ci-pull"));
		withApplication((context) -> {
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
				assertThat(meters.get("ionos.registry.rotation").tags("base.name", "ci-pull", "outcome", "not-due")
					.timer().count()).isEqualTo(1);
				assertThat(meters.get("ionos.registry.rotation").tags("base.name", "ci-gone", "outcome", "failed")
					.timer().count()).isEqualTo(1);
			});
			assertThat(RotatedEvents.INSTANCE.heard).isEmpty();
			assertThat(emulator.tokens(REGISTRY)).extracting(EmulatedToken::name).containsExactly("ci-pull");
			assertThat(rotationDetails(context, "ci-pull")).containsEntry("lastOutcome", "not-due");
			assertThat(rotationDetails(context, "ci-gone")).containsEntry("lastOutcome", "failed")
				.containsEntry("failure", "No token named ci-gone or ci-gone-<yyyyMMddHHmmss> in registry " + REGISTRY
						+ " to rotate: create one first");
		}, "ionos.registry.rotation.ci-pull.rotate-after=30d", "ionos.registry.rotation.ci-gone.rotate-after=30d");
	}

	@Test
	void withoutATaskSchedulerOfTheApplicationTheRotationsRunOnOneThreadOfTheirOwn() {
		seedOld("ci-push");
		withApplication((context) -> {
			awaitEvent();
			assertThat(RotatedEvents.INSTANCE.threads).singleElement().asString().startsWith("ionos-registry-rotation-");
			assertThat(context.getBeanNamesForType(org.springframework.scheduling.TaskScheduler.class)).isEmpty();
		}, "ionos.registry.rotation.ci-push.rotate-after=30d");
	}

	@Test
	void theApplicationsOwnTaskSchedulerRunsTheRotations() {
		seedOld("ci-push");
		withApplication(WithScheduling.class, (context) -> {
			awaitEvent();
			assertThat(RotatedEvents.INSTANCE.threads).singleElement().asString().startsWith("app-scheduler-");
		}, "ionos.registry.rotation.ci-push.rotate-after=30d", "spring.task.scheduling.thread-name-prefix=app-scheduler-");
	}

	/** An application that schedules tasks of its own: Boot gives it a task scheduler, which the rotations share. */
	@EnableAutoConfiguration
	@EnableScheduling
	static class WithScheduling {

	}

	private static EmulatedToken seedOld(String name) {
		OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusDays(40);
		return emulator.seed(REGISTRY, new EmulatedToken(UUID.randomUUID(), name, EmulatedStatus.ENABLED, null,
				List.of(EmulatedScope.repository("app/*", EmulatedScope.PULL)), "seed", created, null, null));
	}

	private static TokenRotatedEvent awaitEvent() {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !RotatedEvents.INSTANCE.heard.isEmpty());
		return RotatedEvents.INSTANCE.heard.get(0);
	}

	private static IndicatedHealthDescriptor registryHealth(ConfigurableApplicationContext context) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("ionosRegistry");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> rotationDetails(ConfigurableApplicationContext context, String baseName) {
		Map<String, Object> rotations = (Map<String, Object>) registryHealth(context).getDetails().get("rotations");
		return (Map<String, Object>) rotations.get(baseName);
	}

}
