package io.github.ionosregistry.tokens;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import io.github.ionosregistry.tokens.internal.http.LazyRequestFactory;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP client settings of a {@link TokensApiBuilder}: which client (one the API builds on a library, one it
 * builds with a function, or one shared with the application: one choice, the last made), and what the client the
 * API builds is made with.
 */
final class HttpClientSetup {

	private Choice choice = new Library(null);

	private Duration connectTimeout = TokensApiBuilder.DEFAULT_CONNECT_TIMEOUT;

	private Duration readTimeout = TokensApiBuilder.DEFAULT_READ_TIMEOUT;

	private int maxConnections = TokensApiBuilder.DEFAULT_MAX_CONNECTIONS;

	private DataSize maxResponseSize = TokensApiBuilder.DEFAULT_MAX_RESPONSE_SIZE;

	private @Nullable SSLContext sslContext;

	private @Nullable SSLParameters sslParameters;

	void library(HttpClientLibrary library) {
		this.choice = new Library(library);
	}

	void shared(ClientHttpRequestFactory requestFactory) {
		this.choice = new Shared(requestFactory);
	}

	void owned(Function<HttpClientOptions, ? extends ClientHttpRequestFactory> requestFactoryBuilder) {
		this.choice = new Owned(requestFactoryBuilder);
	}

	void connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	void readTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	void maxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	void maxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	long maxResponseBytes() {
		return this.maxResponseSize.toBytes();
	}

	void sslContext(SSLContext sslContext) {
		this.sslContext = sslContext;
	}

	void sslParameters(SSLParameters sslParameters) {
		this.sslParameters = sslParameters;
	}

	/**
	 * The HTTP client for an API URL, as chosen.
	 * @param apiUrl the API's base URL
	 * @return the client
	 */
	HttpClient client(URI apiUrl) {
		HttpClientOptions options = new HttpClientOptions(apiUrl, this.connectTimeout, this.readTimeout,
				this.maxConnections);
		if (this.choice instanceof Shared shared) {
			return new HttpClient(shared.requestFactory(), null, null);
		}
		if (this.choice instanceof Owned owned) {
			LazyRequestFactory client = new LazyRequestFactory(() -> owned.requestFactoryBuilder().apply(options));
			return new HttpClient(client, client, null);
		}
		HttpClientLibrary chosen = ((Library) this.choice).library();
		HttpClientLibrary library = (chosen != null) ? chosen : HttpClientLibrary.detect();
		RequestFactorySettings settings = new RequestFactorySettings(options, maxResponseBytes(), this.sslContext,
				this.sslParameters);
		LazyRequestFactory client = new LazyRequestFactory(() -> library.create(settings));
		return new HttpClient(client, client, library);
	}

	/**
	 * The HTTP client of an API.
	 * @param requestFactory what the API's {@code RestClient} sends its requests with
	 * @param owned the same, when the API built it and closes it; {@code null} when it is shared
	 * @param library the library the API built it on, {@code null} if it was given a request factory
	 */
	record HttpClient(ClientHttpRequestFactory requestFactory, @Nullable LazyRequestFactory owned,
			@Nullable HttpClientLibrary library) {
	}

	private sealed interface Choice permits Library, Shared, Owned {
	}

	/** A client the API builds on a library, {@code null} for the one {@link HttpClientLibrary#detect()} finds. */
	private record Library(@Nullable HttpClientLibrary library) implements Choice {
	}

	private record Shared(ClientHttpRequestFactory requestFactory) implements Choice {
	}

	private record Owned(Function<HttpClientOptions, ? extends ClientHttpRequestFactory> requestFactoryBuilder)
			implements Choice {
	}

}
