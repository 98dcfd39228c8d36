package io.github.ionosregistry.autoconfigure;

import javax.net.ssl.SSLParameters;

import io.github.ionosregistry.tokens.HttpClientLibrary;
import io.github.ionosregistry.tokens.TokensApiBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;

/**
 * Gives the TokensApi an HTTP client of the library the application uses, as Spring Boot chose it (by what is on the
 * class path, or {@code spring.http.clients.imperative.factory}), with Boot's SSL bundle. On Apache HttpClient 5 and
 * the JDK's client the TokensApi builds its own, which keeps its deadlines and size limits to the byte and closes a
 * connection rather than drain it; on the others (Jetty, Reactor Netty, {@code HttpURLConnection}) it takes Boot's,
 * with the client's time-outs and no redirects.
 */
final class RequestFactories {

	private RequestFactories() {
	}

	static void configure(TokensApiBuilder builder, ClientHttpRequestFactoryBuilder<?> factoryBuilder,
			HttpClientSettings settings) {
		if (factoryBuilder instanceof HttpComponentsClientHttpRequestFactoryBuilder) {
			builder.httpClientLibrary(HttpClientLibrary.HTTP_COMPONENTS);
		}
		else if (factoryBuilder instanceof JdkClientHttpRequestFactoryBuilder) {
			builder.httpClientLibrary(HttpClientLibrary.JDK);
		}
		else {
			builder.ownedRequestFactory((options) -> factoryBuilder.build(settings
				.withTimeouts(options.connectTimeout(), options.readTimeout())
				// Credentials must never follow a redirect to another host.
				.withRedirects(HttpRedirects.DONT_FOLLOW)));
			return;
		}
		SslBundle sslBundle = settings.sslBundle();
		if (sslBundle != null) {
			builder.sslContext(sslBundle.createSslContext());
			SslOptions options = sslBundle.getOptions();
			if (options.isSpecified()) {
				SSLParameters parameters = new SSLParameters();
				if (options.getEnabledProtocols() != null) {
					parameters.setProtocols(options.getEnabledProtocols());
				}
				if (options.getCiphers() != null) {
					parameters.setCipherSuites(options.getCiphers());
				}
				builder.sslParameters(parameters);
			}
		}
	}

}
