package io.github.ionosregistry.tokens;

import java.net.http.HttpClient;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * The HTTP client a {@link TokensApi} builds for itself when given none: Apache HttpClient 5 when it is on the class
 * path (the faster one, measured), else the JDK's {@link HttpClient}. Either honours the time-outs and the connection
 * limit, never follows a redirect, and does not repeat requests on its own: the client repeats calls itself, by its
 * documented rules, and must not send a create twice.
 */
final class DefaultRequestFactories {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClients", DefaultRequestFactories.class.getClassLoader());

	private DefaultRequestFactories() {
	}

	static ClientHttpRequestFactory create(HttpClientOptions options) {
		return HTTP_COMPONENTS_PRESENT ? HttpComponents.create(options) : jdk(options);
	}

	static JdkClientHttpRequestFactory jdk(HttpClientOptions options) {
		HttpClient.Builder client = HttpClient.newBuilder()
			.connectTimeout(options.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER);
		if (options.isPlainHttp()) {
			// Over plain http the JDK client would try an HTTP/2 upgrade, which local servers (emulators, test
			// servers: the only plain-http hosts allowed) often break for requests with a body.
			client.version(HttpClient.Version.HTTP_1_1);
		}
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client.build());
		factory.setReadTimeout(options.readTimeout());
		return factory;
	}

	/** Kept apart so that Apache HttpClient classes load only when it is on the class path. */
	private static final class HttpComponents {

		static HttpComponentsClientHttpRequestFactory create(HttpClientOptions options) {
			ConnectionConfig connections = ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(options.connectTimeout()))
				.setSocketTimeout(Timeout.of(options.readTimeout()))
				.build();
			HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(
					HttpClients.custom()
						.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
							.setMaxConnTotal(options.maxConnections())
							.setMaxConnPerRoute(options.maxConnections())
							.setDefaultConnectionConfig(connections)
							.build())
						.disableAutomaticRetries()
						.disableRedirectHandling()
						.build());
			factory.setReadTimeout(options.readTimeout());
			return factory;
		}

	}

}
