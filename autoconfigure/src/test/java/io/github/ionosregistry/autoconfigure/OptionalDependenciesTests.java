package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration with one of its optional dependencies absent from the class path: it backs off, or goes on
 * without what needs the missing library, as the README says.
 */
class OptionalDependenciesTests {

	@Test
	void withoutTheClientNothingIsConfigured() {
		IonosRegistryTestContexts.runner()
			.withClassLoader(new FilteredClassLoader(TokensApi.class))
			.withPropertyValues("ionos.registry.token=t", "ionos.registry.registry-id=" + TokenJson.REGISTRY_ID)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean("tokensApi");
				assertThat(context).doesNotHaveBean(RegistryTokens.class);
				assertThat(context).doesNotHaveBean(IonosRegistryProperties.class);
			});
	}

}
