package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.tokens.TokensApiBuilder;

/**
 * Changes the builder of the auto-configured {@code TokensApi} and {@code RegistriesApi} after the
 * {@code ionos.registry.*} properties have been applied, so that a customizer can change anything the builder
 * offers: retries, time-outs, the credentials provider, the HTTP client, the {@code RestClient.Builder} (through
 * {@link TokensApiBuilder#customizeRestClient}). Beans of this type apply in their {@code @Order}. They apply to the
 * health check's client too, before its own time-out and single attempt.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TokensApiBuilderCustomizer {

	/**
	 * Changes the builder.
	 * @param builder the builder, with the properties applied
	 */
	void customize(TokensApiBuilder builder);

}
