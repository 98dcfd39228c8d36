package io.github.ionosregistry.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the auto-configured TokensApi (a copy of Boot's, so nothing reaches
 * the application's own builder), after the auto-configuration has applied its own settings (base URL, user agent,
 * HTTP client), so a customizer can change any of them; credentials are set on each request. Boot's
 * {@code RestClientCustomizer}s apply too, before ours.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IonosRegistryRestClientCustomizer {

	/**
	 * Changes the builder.
	 * @param builder the TokensApi's own builder
	 */
	void customize(RestClient.Builder builder);

}
