package io.github.ionosregistry.autoconfigure.rotation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ionosregistry.autoconfigure.IonosRegistryTestContexts;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation's auto-configuration on a context runner against the emulator: there only with its properties, each
 * base name's holder checked while the context starts, a start-up failure without a registry id, and the holders
 * released when the context closes, within a bound even when the API hangs.
 */
class IonosRegistryRotationAutoConfigurationTests {

	@TempDir
	Path directory;

	private TokensEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.start();
		this.runner = IonosRegistryTestContexts.runner(this.emulator, IonosRegistryRotationAutoConfiguration.class);
	}

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	private String registryId() {
		return "ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID;
	}

	private List<String> names() {
		return this.emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID).stream().map(EmulatedToken::name).toList();
	}

	@Test
	void withoutRotationPropertiesThereIsNoHolder() {
		this.runner.withPropertyValues(registryId()).run((context) -> {
			assertThat(context).hasSingleBean(RegistryTokens.class).doesNotHaveBean(ScheduledCredentialHolders.class);
			assertThat(context).doesNotHaveBean(IonosRegistryRotationProperties.class);
		});
	}

	@Test
	void eachBaseNamesHolderHoldsItsCredentialOnceTheContextHasStartedAndReleasesItWhenItCloses() {
		Path dockerConfig = this.directory.resolve("config.json");
		this.runner
			.withPropertyValues(registryId(), "ionos.registry.rotation.ci-pull.rotate-after=14d",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull",
					"ionos.registry.rotation.ci-pull.docker-config=" + dockerConfig)
			.run((context) -> {
				HolderState state = context.getBean(ScheduledCredentialHolders.class).states().get("ci-pull");
				assertThat(state.lastOutcome()).isEqualTo(CheckOutcome.ROTATED);
				assertThat(state.current().credentials().username()).startsWith("ci-pull-" + state.holderId() + "-");
				assertThat(names()).containsExactly(state.current().credentials().username());
			});
		assertThat(names()).as("tokens left once the context closed").isEmpty();
	}

	@Test
	void aRotationWithoutARegistryIdFailsTheStartNamingBoth() {
		this.runner.withPropertyValues("ionos.registry.rotation.ci-pull.rotate-after=14d").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("ionos.registry.rotation.ci-pull needs ionos.registry.registry-id: the registry whose "
						+ "tokens are rotated");
		});
	}

	@Test
	void withoutADockerConfigTheCredentialIsLeftToItsLeaseAtCloseForTheListenersMayHaveSharedIt() {
		this.runner
			.withPropertyValues(registryId(), "ionos.registry.rotation.ci-pull.rotate-after=14d",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull")
			.run((context) -> assertThat(names()).hasSize(1));
		assertThat(names()).hasSize(1);
	}

	@Test
	void aDisabledStarterHasNoRotation() {
		this.runner
			.withPropertyValues(registryId(), "ionos.registry.enabled=false",
					"ionos.registry.rotation.ci-pull.rotate-after=14d")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledCredentialHolders.class));
	}

	@Test
	void theReleaseAtTheStopEndsWithinItsBoundWhenTheApiHangs() {
		this.runner.withPropertyValues(registryId()).run((context) -> {
			IonosRegistryRotationProperties.Rotation rotation = new IonosRegistryRotationProperties.Rotation();
			rotation.setRotateAfter(Duration.ofDays(14));
			rotation.setScopes(List.of("repository:app/*:pull"));
			rotation.setDockerConfig(this.directory.resolve("config.json"));
			ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
			scheduler.initialize();
			Duration bound = Duration.ofSeconds(1);
			ScheduledCredentialHolders holders = new ScheduledCredentialHolders(context.getBean(RegistryTokens.class),
					Map.of("ci-pull", rotation), null, scheduler, (event) -> {
					}, ObservationRegistry.NOOP, Clock.systemUTC(), bound);
			holders.start();
			assertThat(names()).hasSize(1);
			StubMapping hanging = this.emulator.wireMock()
				.stubFor(WireMock.delete(WireMock.urlPathMatching("/registries/.*/tokens/.*"))
					.atPriority(1)
					.willReturn(WireMock.aResponse().withStatus(204).withFixedDelay(60_000)));
			long started = System.nanoTime();
			holders.stop();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(took).isGreaterThanOrEqualTo(bound).isLessThan(bound.plusSeconds(5));
			this.emulator.wireMock().removeStub(hanging);
			holders.destroy();
		});
		assertThat(names()).as("left to its lease").hasSize(1);
	}

}
