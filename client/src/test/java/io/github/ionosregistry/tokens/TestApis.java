package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Clients for the tests, built as an application without Spring Boot builds them.
 */
final class TestApis {

	static final String API_TOKEN = "t";

	private TestApis() {
	}

	/**
	 * A builder for the API at the given URL with a token, waiting only milliseconds between attempts.
	 * @param apiUrl the API URL
	 * @return the builder
	 */
	static TokensApiBuilder builder(String apiUrl) {
		return builder(apiUrl, HttpClientLibrary.detect());
	}

	/**
	 * A builder for the API at the given URL with a token on an HTTP client library, waiting only milliseconds
	 * between attempts.
	 * @param apiUrl the API URL
	 * @param library the HTTP client library
	 * @return the builder
	 */
	static TokensApiBuilder builder(String apiUrl, HttpClientLibrary library) {
		return TokensApi.builder()
			.apiUrl(apiUrl)
			.httpClientLibrary(library)
			.credentials(IonosCredentials.token(API_TOKEN))
			.retry(RetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)).withMaxDelay(Duration.ofMillis(1500)));
	}

	/**
	 * Builds the API, runs the test with it and closes it.
	 * @param builder the builder
	 * @param test the test
	 */
	static void with(TokensApiBuilder builder, Consumer<TokensApi> test) {
		try (TokensApi api = builder.build()) {
			test.accept(api);
		}
	}

}
