package io.github.ionosregistry.autoconfigure;

import java.net.http.HttpClient;

import io.github.ionosregistry.tokens.HttpClientOptions;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Builds the TokensApi's HTTP client with whichever factory builder Boot chose and Boot's HTTP client settings (SSL
 * bundle), with the client's time-outs, no redirects, and: for Apache HttpClient, a pool of the client's
 * connection limit (per route and in total) without automatic retries (the client repeats calls itself, by its
 * documented rules, and must not send a create twice); for the JDK client, HTTP/1.1 over plain http.
 */
final class RequestFactories {

	private RequestFactories() {
	}

	static ClientHttpRequestFactory build(ClientHttpRequestFactoryBuilder<?> builder, HttpClientSettings settings,
			HttpClientOptions options) {
		HttpClientSettings clientSettings = settings.withTimeouts(options.connectTimeout(), options.readTimeout())
			// Credentials must never follow a redirect to another host.
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return HttpComponents.configure(httpComponents, options).build(clientSettings);
		}
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk && options.isPlainHttp()) {
			// Over plain http the JDK client would try an HTTP/2 upgrade, which local servers (emulators, test
			// servers: the only plain-http hosts allowed) often break for requests with a body.
			return jdk.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
				.build(clientSettings);
		}
		return builder.build(clientSettings);
	}

	/** Kept apart so that Apache HttpClient classes load only when Boot chose that client. */
	private static final class HttpComponents {

		static HttpComponentsClientHttpRequestFactoryBuilder configure(
				HttpComponentsClientHttpRequestFactoryBuilder builder, HttpClientOptions options) {
			return builder.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
				.withConnectionManagerCustomizer((connections) -> connections
					.setMaxConnTotal(options.maxConnections())
					.setMaxConnPerRoute(options.maxConnections()));
		}

	}

}
