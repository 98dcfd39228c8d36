package io.github.ionosregistry.tokens.internal.http;

import java.net.ProxySelector;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import io.github.ionosregistry.tokens.HttpClientOptions;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP clients the API builds for itself are made with, beyond the {@link HttpClientOptions}.
 *
 * @param options the time-outs, connection limit and API URL
 * @param maxResponseBytes the longest response accepted
 * @param sslContext the TLS context, {@code null} for the JVM's default
 * @param sslParameters the TLS protocols and cipher suites, {@code null} for the context's defaults
 * @param proxySelector where to find the proxy for a connection
 */
public record RequestFactorySettings(HttpClientOptions options, long maxResponseBytes, @Nullable SSLContext sslContext,
		@Nullable SSLParameters sslParameters, ProxySelector proxySelector) {

	public RequestFactorySettings(HttpClientOptions options, long maxResponseBytes, @Nullable SSLContext sslContext,
			@Nullable SSLParameters sslParameters) {
		this(options, maxResponseBytes, sslContext, sslParameters, JvmProxySelector.INSTANCE);
	}

}
