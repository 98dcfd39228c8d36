package io.github.ionosregistry.autoconfigure.health;

import java.util.UUID;

import io.github.ionosregistry.autoconfigure.IonosRegistryTestContexts;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The health indicator's choice of client and its details, whatever the failure.
 */
class IonosRegistryHealthIndicatorTests {

	private static final UUID REGISTRY_ID = UUID.fromString("0b0e5f5a-7c58-4a2d-9a1e-3d7c2f9b8e61");

	@Test
	void aFailureWithoutAMessageIsDescribedByItsType() {
		IonosRegistryTestContexts.runner()
			.withConfiguration(AutoConfigurations.of(IonosRegistryHealthContributorAutoConfiguration.class))
			.withUserConfiguration(FailingTokensApi.class)
			.withPropertyValues("ionos.registry.registry-id=" + REGISTRY_ID)
			.run((context) -> {
				Health health = context.getBean("ionosRegistryHealthIndicator", HealthIndicator.class).health();
				assertThat(health).isNotNull();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("error", IllegalStateException.class.getName())
					.containsEntry("client", "application's TokensApi bean")
					.containsEntry("registryId", REGISTRY_ID)
					.doesNotContainValue(null);
				verify(context.getBean(TokensApi.class)).registriesTokensGet(eq(REGISTRY_ID), any(TokensQuery.class));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class FailingTokensApi {

		@Bean
		TokensApi tokensApi() {
			TokensApi tokensApi = mock(TokensApi.class);
			given(tokensApi.registriesTokensGet(any(UUID.class), any(TokensQuery.class)))
				.willThrow(new IllegalStateException());
			return tokensApi;
		}

	}

}
