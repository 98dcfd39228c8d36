package io.github.ionosregistry.tokens;

import java.net.ProxySelector;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

/**
 * What the HTTP clients the API builds for itself are made with, beyond the {@link HttpClientOptions}.
 *
 * @param options the time-outs, connection limit and API URL
 * @param maxResponseBytes the longest answer accepted
 * @param sslContext the TLS context, {@code null} for the JVM's default
 * @param sslParameters the TLS protocols and cipher suites, {@code null} for the context's defaults
 * @param proxySelector where to find the proxy for a connection
 */
record TransportSettings(HttpClientOptions options, long maxResponseBytes, @Nullable SSLContext sslContext,
		@Nullable SSLParameters sslParameters, ProxySelector proxySelector) {

	TransportSettings(HttpClientOptions options, long maxResponseBytes, @Nullable SSLContext sslContext,
			@Nullable SSLParameters sslParameters) {
		this(options, maxResponseBytes, sslContext, sslParameters, JvmProxySelector.INSTANCE);
	}

	/** The most bytes of an error answer read: its {@code ApiErrorResponse}, or the start of a proxy's page. */
	static final int MAX_ERROR_BODY_BYTES = 16 * 1024;

	/** The longest header line accepted, and the most header lines and interim (1xx) answers to one request. */
	static final int MAX_HEADER_LINE_LENGTH = 16 * 1024;

	static final int MAX_HEADER_COUNT = 100;

	static final int MAX_INTERIM_ANSWERS = 10;

}
