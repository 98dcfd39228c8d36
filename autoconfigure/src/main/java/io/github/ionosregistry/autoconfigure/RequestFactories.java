package io.github.ionosregistry.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Builds the request factory of the TokensApi from whichever factory builder Boot chose, with two adjustments:
 * the client's own automatic retries are off where they can be (this client repeats calls itself, by its
 * documented rules, and must not send a create twice), and the JDK client talks HTTP/1.1 over plain http.
 */
final class RequestFactories {

	private RequestFactories() {
	}

	static ClientHttpRequestFactory build(ClientHttpRequestFactoryBuilder<?> builder, HttpClientSettings settings,
			URI apiUrl) {
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return HttpComponents.withoutAutomaticRetries(httpComponents).build(settings);
		}
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk && "http".equalsIgnoreCase(apiUrl.getScheme())) {
			// Over plain http the JDK client would try an HTTP/2 upgrade, which local servers (emulators, test
			// servers: the only plain-http hosts allowed) often break for requests with a body.
			return jdk.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1)).build(settings);
		}
		return builder.build(settings);
	}

	/** Kept apart so that Apache HttpClient classes load only when Boot chose that client. */
	private static final class HttpComponents {

		static HttpComponentsClientHttpRequestFactoryBuilder withoutAutomaticRetries(
				HttpComponentsClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
		}

	}

}
