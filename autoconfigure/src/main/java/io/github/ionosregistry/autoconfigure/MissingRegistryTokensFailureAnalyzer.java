package io.github.ionosregistry.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a start-up that failed because something injects {@code RegistryTokens}, which is auto-configured only
 * for {@code ionos.registry.registry-id}. Comes before Spring Boot's general advice to define a bean.
 */
class MissingRegistryTokensFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private static final String REGISTRY_TOKENS = "io.github.ionosregistry.tokens.RegistryTokens";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		if (type == null || !type.getName().equals(REGISTRY_TOKENS)) {
			return null;
		}
		return new FailureAnalysis("A RegistryTokens bean was required, and there is none: the starter makes one "
				+ "for the registry named by ionos.registry.registry-id, which is not set.",
				"Set ionos.registry.registry-id to the id of the registry whose tokens the application manages. Or, to "
						+ "work on several registries, inject TokensApi and pass each registry id to its calls (or "
						+ "take a view of one with tokensApi.registry(registryId)).",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
