package io.github.ionosregistry.tokens;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A call to the Container Registry API that did not succeed. Carries the method and URI of the call, never
 * credentials. See {@link IonosApiException} (the service answered with an error) and
 * {@link IonosCommunicationException} (no usable answer).
 *
 * @since 0.1.0
 */
public abstract class IonosRegistryException extends RuntimeException {

	private final HttpMethod method;

	private final URI uri;

	protected IonosRegistryException(String message, HttpMethod method, URI uri, @Nullable Throwable cause) {
		super(message, cause);
		this.method = method;
		this.uri = uri;
	}

	public HttpMethod getMethod() {
		return this.method;
	}

	public URI getUri() {
		return this.uri;
	}

	static String describe(HttpMethod method, URI uri) {
		return method.name() + " " + withoutUserInfo(uri);
	}

	static URI withoutUserInfo(URI uri) {
		if (uri.getRawUserInfo() == null) {
			return uri;
		}
		return URI.create(uri.toString().replace(uri.getRawUserInfo() + "@", ""));
	}

}
