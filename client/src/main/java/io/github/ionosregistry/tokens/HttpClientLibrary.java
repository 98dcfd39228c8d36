package io.github.ionosregistry.tokens;

import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import io.github.ionosregistry.tokens.internal.http.hc5.HttpComponentsRequestFactory;
import io.github.ionosregistry.tokens.internal.http.jdk.JdkRequestFactory;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * The HTTP client libraries a {@link TokensApi} builds its own HTTP client on, with the deadlines, size limits and
 * aborts it needs. Choose one with {@link TokensApiBuilder#httpClientLibrary}; by default it is
 * {@link #HTTP_COMPONENTS} when Apache HttpClient 5 is on the class path, else {@link #JDK}, as Spring Boot picks.
 *
 * @since 0.1.0
 */
public enum HttpClientLibrary {

	/** The JDK's {@code java.net.http.HttpClient}. */
	JDK,

	/** Apache HttpClient 5 ({@code org.apache.httpcomponents.client5:httpclient5}). */
	HTTP_COMPONENTS;

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClients", HttpClientLibrary.class.getClassLoader());

	/**
	 * The library used when none is chosen: Apache HttpClient 5 if it is on the class path, else the JDK's.
	 * @return the library
	 */
	public static HttpClientLibrary detect() {
		return HTTP_COMPONENTS_PRESENT ? HTTP_COMPONENTS : JDK;
	}

	/** Builds a client of this library; it belongs to the caller, who closes it. */
	ClientHttpRequestFactory create(RequestFactorySettings settings) {
		return switch (this) {
			case JDK -> JdkRequestFactory.create(settings);
			case HTTP_COMPONENTS -> {
				if (!HTTP_COMPONENTS_PRESENT) {
					throw new IllegalStateException("Apache HttpClient 5 (org.apache.httpcomponents.client5:"
							+ "httpclient5) is not on the class path");
				}
				yield HttpComponentsRequestFactory.create(settings);
			}
		};
	}

}
