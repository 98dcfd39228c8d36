package io.github.ionosregistry.test.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.ionosregistry.autoconfigure.rotation.TokenRotatedEvent;
import io.github.ionosregistry.emulator.EmulatedToken;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotation never breaks a consumer: a real client pulls through a real registry every 100 ms with the Docker config
 * file that the starter's scheduled rotation keeps current, from the application's start across three rotations, and
 * is never refused; the password of a superseded token is refused once its grace has passed. Like a node whose pull secret is synced now
 * and then, the consumer takes the file's new content only every {@link #DELIVERY_DELAY}: the grace must cover that.
 */
class RotationWithoutOutageTests {

	private static final int ROTATIONS = 3;

	/** How long a new password takes to reach the consumer. */
	private static final Duration DELIVERY_DELAY = Duration.ofMillis(700);

	private static final Duration ROTATE_AFTER = Duration.ofSeconds(4);

	/** The grace: the delivery delay and a pull's start, with room for a loaded machine. */
	private static final Duration RETIRE_AFTER = Duration.ofSeconds(3);

	@TempDir
	static Path directory;

	private static LocalRegistry local;

	@BeforeAll
	static void start() throws Exception {
		local = LocalRegistry.start(directory, Clock.systemUTC());
		local.push("app/web:1");
	}

	@AfterAll
	static void stop() throws Exception {
		if (local != null) {
			local.close();
		}
	}

	@Test
	void aConsumerPullingThroughThreeScheduledRotationsIsNeverRefused() throws Exception {
		Path dockerConfig = directory.resolve("consumer/config.json");
		Path delivered = directory.resolve("consumer/delivered.json");
		Path firstPasswordOnly = directory.resolve("first-token-config.json");
		Skopeo consumer = new Skopeo(delivered, Files.createDirectories(directory.resolve("consumer/pulls")));

		List<TokenRotatedEvent> rotations = new CopyOnWriteArrayList<>();
		List<Skopeo.Result> pulls = new CopyOnWriteArrayList<>();
		AtomicBoolean pulling = new AtomicBoolean(true);
		Thread consumerThread = new Thread(() -> {
			long lastDelivery = System.nanoTime();
			while (pulling.get()) {
				try {
					if (System.nanoTime() - lastDelivery >= DELIVERY_DELAY.toNanos()) {
						Files.copy(dockerConfig, delivered, StandardCopyOption.REPLACE_EXISTING);
						lastDelivery = System.nanoTime();
					}
					pulls.add(consumer.pull(local.hostname(), "app/web:1"));
					Thread.sleep(100);
				}
				catch (Exception ex) {
					pulls.add(new Skopeo.Result(-1, ex.toString()));
				}
			}
		}, "consumer");
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(RotatingApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "ionos.registry.api-url=" + local.emulator.apiUrl(),
					"ionos.registry.token=" + local.emulator.credentials().token(),
					"ionos.registry.registry-id=" + LocalRegistry.REGISTRY_ID,
					"ionos.registry.rotation.ci-pull.rotate-after=" + ROTATE_AFTER.toMillis() + "ms",
					"ionos.registry.rotation.ci-pull.retire-after=" + RETIRE_AFTER.toMillis() + "ms",
					"ionos.registry.rotation.ci-pull.check-interval=200ms",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull",
					"ionos.registry.rotation.ci-pull.docker-config=" + dockerConfig)
			.listeners((ApplicationListener<PayloadApplicationEvent<TokenRotatedEvent>>) (event) -> rotations
				.add(event.getPayload()))
			.run()) {
			// The application holds its first token once it has started: the consumer gets it as it starts.
			assertThat(rotations).hasSize(1);
			Files.copy(dockerConfig, firstPasswordOnly);
			Files.copy(dockerConfig, delivered);
			consumerThread.start();
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> rotations.size() > ROTATIONS);
			// Pulls with the last successor once its predecessor's grace has passed.
			Thread.sleep(RETIRE_AFTER.plusMillis(500).toMillis());
			pulling.set(false);
			consumerThread.join(60_000);
		}
		assertThat(pulls).hasSizeGreaterThan(10);
		assertThat(pulls).as("pulls refused or failed across " + ROTATIONS + " rotations")
			.filteredOn((pull) -> !pull.succeeded())
			.isEmpty();
		String first = rotations.get(0).credentials().username();
		assertThat(local.emulator.tokens(LocalRegistry.REGISTRY_ID)).extracting(EmulatedToken::name).doesNotContain(first);
		Skopeo.Result withTheFirstPassword = new Skopeo(firstPasswordOnly,
				Files.createDirectories(directory.resolve("old"))).pull(local.hostname(), "app/web:1");
		assertThat(withTheFirstPassword.refused()).as(withTheFirstPassword.output()).isTrue();
		System.out.println("rotation without outage: " + pulls.size() + " pulls, 0 refused, across "
				+ (rotations.size() - 1) + " rotations");
	}

	/** An application with nothing but the starter. */
	@EnableAutoConfiguration
	static class RotatingApplication {

	}

}
