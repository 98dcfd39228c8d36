package io.github.ionosregistry.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the auto-configured TokensApi, after the auto-configuration has
 * applied its own settings (base URL, authentication, user agent, time-outs), so a customizer can change any of
 * them. Boot's {@code RestClientCustomizer}s apply too, before ours.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IonosRegistryRestClientCustomizer {

	void customize(RestClient.Builder builder);

}
