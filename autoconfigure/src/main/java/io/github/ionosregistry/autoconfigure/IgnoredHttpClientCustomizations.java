package io.github.ionosregistry.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.core.env.Environment;

/**
 * Says, when the {@code TokensApi} builds its HTTP client, which of the application's HTTP client customizations it
 * does not apply. On Apache HttpClient 5 and the JDK client it builds its own HTTP client (for its deadlines, size
 * limits and pool), so customizations of Boot's {@link ClientHttpRequestFactoryBuilder} (a builder bean of the
 * application's, {@link ClientHttpRequestFactoryBuilderCustomizer} beans) and Boot's time-out and redirect settings do
 * not reach it; the SSL bundle, the JVM's proxy settings and {@code ionos.registry.*} do. Rather than drop them
 * silently, it names each one and how to change the {@code TokensApi}'s client instead.
 */
final class IgnoredHttpClientCustomizations {

	private static final Log logger = LogFactory.getLog(IonosRegistryAutoConfiguration.class);

	/** Boot's settings that the client's own HTTP client does not take, and what it takes instead. */
	private static final String[][] BOOT_SETTINGS = {
			{ "spring.http.clients.connect-timeout", "ionos.registry.connect-timeout" },
			{ "spring.http.clients.read-timeout", "ionos.registry.read-timeout" },
			{ "spring.http.clients.redirects", "no redirects, so that credentials never follow one" },
			{ "spring.http.clients.imperative.connect-timeout", "ionos.registry.connect-timeout" },
			{ "spring.http.clients.imperative.read-timeout", "ionos.registry.read-timeout" },
			{ "spring.http.clients.imperative.redirects", "no redirects, so that credentials never follow one" } };

	private static final String BOOT_AUTO_CONFIGURATION = "org.springframework.boot.http.client.autoconfigure";

	private IgnoredHttpClientCustomizations() {
	}

	/**
	 * What of the application's HTTP client customization the TokensApi ignores.
	 * @param beanFactory the application's bean factory
	 * @param environment its environment
	 * @param factoryBuilder the request factory builder Boot chose
	 * @return one line per ignored customization; none on Jetty, Reactor Netty and {@code simple}, where the TokensApi
	 * takes Boot's factory
	 */
	static List<String> find(ConfigurableListableBeanFactory beanFactory, Environment environment,
			ClientHttpRequestFactoryBuilder<?> factoryBuilder) {
		List<String> ignored = new ArrayList<>();
		if (!(factoryBuilder instanceof HttpComponentsClientHttpRequestFactoryBuilder)
				&& !(factoryBuilder instanceof JdkClientHttpRequestFactoryBuilder)) {
			return ignored;
		}
		for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, false, false)) {
			if (!isBoots(beanFactory, name)) {
				ignored.add("the application's ClientHttpRequestFactoryBuilder bean '" + name + "'");
			}
		}
		Arrays.stream(beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class, false, false))
			.forEach((name) -> ignored.add("the ClientHttpRequestFactoryBuilderCustomizer bean '" + name + "'"));
		for (String[] setting : BOOT_SETTINGS) {
			if (environment.containsProperty(setting[0])) {
				ignored.add(setting[0] + " (the TokensApi takes " + setting[1] + ")");
			}
		}
		return ignored;
	}

	static void warnIfAny(ConfigurableListableBeanFactory beanFactory, Environment environment,
			ClientHttpRequestFactoryBuilder<?> factoryBuilder) {
		List<String> ignored = find(beanFactory, environment, factoryBuilder);
		if (!ignored.isEmpty()) {
			logger.warn("The TokensApi builds its own HTTP client on " + factoryBuilder.getClass().getSimpleName()
					+ " (for its deadlines, size limits and connection pool) and does not apply:\n    "
					+ String.join("\n    ", ignored) + "\nIt takes Boot's SSL bundle, the JVM's proxy settings and "
					+ "ionos.registry.*; to change its HTTP client, declare a TokensApiBuilderCustomizer (for example "
					+ "builder.sharedRequestFactory(...) with a request factory of yours).");
		}
	}

	private static boolean isBoots(ConfigurableListableBeanFactory beanFactory, String name) {
		if (!beanFactory.containsBeanDefinition(name)) {
			return false;
		}
		BeanDefinition definition = beanFactory.getBeanDefinition(name);
		String factoryBean = definition.getFactoryBeanName();
		if (factoryBean == null || !beanFactory.containsBeanDefinition(factoryBean)) {
			return false;
		}
		String configuration = beanFactory.getBeanDefinition(factoryBean).getBeanClassName();
		return configuration != null && configuration.startsWith(BOOT_AUTO_CONFIGURATION);
	}

}
