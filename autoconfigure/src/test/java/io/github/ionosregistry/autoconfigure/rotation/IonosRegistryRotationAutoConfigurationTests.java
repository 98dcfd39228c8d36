package io.github.ionosregistry.autoconfigure.rotation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.autoconfigure.IonosRegistryTestContexts;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.RegistryTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
	void theReleaseAtCloseEndsWithinItsBoundWhenTheApiHangs() {
		this.runner
			.withPropertyValues(registryId(), "ionos.registry.rotation.ci-pull.rotate-after=14d",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull",
					"ionos.registry.rotation.ci-pull.docker-config=" + this.directory.resolve("config.json"),
					"ionos.registry.call-timeout=60s", "ionos.registry.attempt-timeout=60s")
			.run((context) -> {
				assertThat(names()).hasSize(1);
				this.emulator.wireMock().stubFor(WireMock.delete(WireMock.urlPathMatching("/registries/.*/tokens/.*"))
					.atPriority(1)
					.willReturn(WireMock.aResponse().withStatus(204).withFixedDelay(120_000)));
				long started = System.nanoTime();
				context.getBean(ScheduledCredentialHolders.class).stop();
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				assertThat(took).isGreaterThanOrEqualTo(ScheduledCredentialHolders.RELEASE_TIMEOUT)
					.isLessThan(ScheduledCredentialHolders.RELEASE_TIMEOUT.plusSeconds(5));
			});
		assertThat(names()).as("left to its lease").hasSize(1);
	}

}
