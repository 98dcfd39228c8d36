package io.github.ionosregistry.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;

import io.github.ionosregistry.autoconfigure.IonosRegistryTestContexts;
import io.github.ionosregistry.autoconfigure.rotation.IonosRegistryRotationAutoConfiguration;
import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health contributors' auto-configuration on a context runner: {@code ionosRegistry} for a registry id,
 * {@code ionosRegistryRotation} for scheduled rotations, each off with its own switch.
 */
@ExtendWith(OutputCaptureExtension.class)
class IonosRegistryHealthContributorAutoConfigurationTests {

	private TokensEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.start();
		this.runner = IonosRegistryTestContexts.runner(this.emulator, IonosRegistryRotationAutoConfiguration.class,
				IonosRegistryHealthContributorAutoConfiguration.class);
	}

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void withoutARegistryIdThereIsNoHealthIndicator() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean("ionosRegistryHealthIndicator")
			.doesNotHaveBean("ionosRegistryRotationHealthIndicator"));
	}

	@Test
	void aRegistryIdGivesTheRegistrysHealthIndicatorWhichReadsOneToken() {
		this.runner.withPropertyValues("ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID)
			.run((context) -> {
				assertThat(context).hasBean("ionosRegistryHealthIndicator")
					.doesNotHaveBean("ionosRegistryRotationHealthIndicator");
				assertThat(context.getBean("ionosRegistryHealthIndicator", IonosRegistryHealthIndicator.class).health()
					.getStatus()).isEqualTo(Status.UP);
			});
	}

	@Test
	void theRegistrysHealthIndicatorIsOffWithItsSwitch() {
		this.runner
			.withPropertyValues("ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID,
					"management.health.ionos-registry.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("ionosRegistryHealthIndicator"));
	}

	@Test
	void aScheduledRotationGivesTheRotationsHealthIndicatorUpOnceItHoldsItsCredential() {
		this.runner
			.withPropertyValues("ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID,
					"ionos.registry.rotation.ci-pull.rotate-after=14d",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull")
			.run((context) -> {
				assertThat(context).hasBean("ionosRegistryRotationHealthIndicator");
				IonosRegistryRotationHealthIndicator indicator = context.getBean(
						"ionosRegistryRotationHealthIndicator", IonosRegistryRotationHealthIndicator.class);
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			});
	}

	@Test
	void withTheApiUnreachableTheLogAndTheHealthAgreeThatNothingIsHeldYet(CapturedOutput output) throws IOException {
		ApplicationContextRunner unreachable = this.runner.withPropertyValues(
				"ionos.registry.api-url=http://127.0.0.1:" + closedPort(), "ionos.registry.retry.enabled=false",
				"ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID,
				"ionos.registry.rotation.ci-pull.rotate-after=14d",
				"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull");
		unreachable.run((context) -> {
			Health health = context.getBean("ionosRegistryRotationHealthIndicator",
					IonosRegistryRotationHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails().get("ci-pull")).asString().contains("token=none");
			assertThat(output.getAll()).contains("The check of the tokens ci-pull failed; no credential is held yet")
				.doesNotContain("stays valid");
		});
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void theRotationsHealthIndicatorIsOffWithItsSwitch() {
		this.runner
			.withPropertyValues("ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID,
					"ionos.registry.rotation.ci-pull.rotate-after=14d",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull",
					"management.health.ionos-registry-rotation.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("ionosRegistryRotationHealthIndicator"));
	}

}
