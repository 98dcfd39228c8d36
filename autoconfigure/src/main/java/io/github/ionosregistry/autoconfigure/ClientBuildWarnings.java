package io.github.ionosregistry.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.core.env.Environment;

/**
 * What is said when the application's {@code TokensApi} builds its HTTP client (the warm-up after the application is
 * ready, or its first call), rather than at start-up, which builds no client: a raw traffic dump switched on
 * ({@link WireLogWarning}) and the HTTP client customizations the client does not apply
 * ({@link IgnoredHttpClientCustomizations}).
 *
 * @param beanFactory the application's bean factory
 * @param environment its environment
 * @param requestFactoryBuilder Boot's request factory builder, if the application has one
 */
record ClientBuildWarnings(ConfigurableListableBeanFactory beanFactory, Environment environment,
		ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder) implements Runnable {

	@Override
	public void run() {
		WireLogWarning.warnIfTrafficIsDumped();
		IgnoredHttpClientCustomizations.warnIfAny(this.beanFactory, this.environment,
				this.requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect));
	}

}
