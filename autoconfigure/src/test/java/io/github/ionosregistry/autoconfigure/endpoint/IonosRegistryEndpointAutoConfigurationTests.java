package io.github.ionosregistry.autoconfigure.endpoint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.github.ionosregistry.autoconfigure.IonosRegistryTestContexts;
import io.github.ionosregistry.autoconfigure.rotation.BaseNameCensus;
import io.github.ionosregistry.autoconfigure.rotation.IonosRegistryRotationAutoConfiguration;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's auto-configuration on a context runner: there when exposed and a registry id is set; with scheduled
 * rotations, each base name's live tokens and how many no running holder renews.
 */
class IonosRegistryEndpointAutoConfigurationTests {

	private TokensEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.start();
		this.runner = IonosRegistryTestContexts
			.runner(this.emulator, IonosRegistryRotationAutoConfiguration.class, IonosRegistryEndpointAutoConfiguration.class)
			.withPropertyValues("ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID);
	}

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void theEndpointIsThereOnlyWhenExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(IonosRegistryEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=ionosregistry")
			.run((context) -> assertThat(context).hasSingleBean(IonosRegistryEndpoint.class));
	}

	@Test
	void withARotationItCountsTheBaseNamesLiveTokensAndThoseNoRunningHolderRenews() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		// A holder's token that was not renewed: an hour left of a 12-hour lease.
		this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, EmulatedToken
			.named("ci-pull-zz9zz9-20261201000000", EmulatedScope.repository("app/*", EmulatedScope.PULL))
			.withExpiryDate(now.plusHours(1).plusMinutes(5)));
		this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID,
				EmulatedToken.named("other", EmulatedScope.repository("*", EmulatedScope.PULL)));
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=ionosregistry",
					"ionos.registry.rotation.ci-pull.rotate-after=14d",
					"ionos.registry.rotation.ci-pull.scopes=repository:app/*:pull")
			.run((context) -> {
				IonosRegistryEndpoint.RegistryTokensDescriptor answer = context.getBean(IonosRegistryEndpoint.class)
					.tokens();
				assertThat(answer.tokens()).hasSize(3);
				assertThat(answer.rotations()).containsOnlyKeys("ci-pull");
				BaseNameCensus census = answer.rotations().get("ci-pull");
				assertThat(census.liveTokens()).isEqualTo(2);
				assertThat(census.notRenewed()).isEqualTo(1);
			});
	}

}
