package io.github.ionosregistry.tokens;

import java.net.URI;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The {@link RestClient} settings of a {@link TokensApiBuilder}: the builder it starts from, the headers every
 * request carries, and the application's changes, applied last.
 */
final class RestClientSetup {

	private RestClient.@Nullable Builder startFrom;

	private String userAgent = LibraryVersion.defaultUserAgent();

	private @Nullable Long contractNumber;

	private Consumer<RestClient.Builder> customizer = (builder) -> {
	};

	void startFrom(RestClient.Builder builder) {
		this.startFrom = builder;
	}

	void userAgent(String userAgent) {
		this.userAgent = userAgent;
	}

	void contractNumber(long contractNumber) {
		this.contractNumber = contractNumber;
	}

	void customize(Consumer<RestClient.Builder> customizer) {
		this.customizer = this.customizer.andThen(customizer);
	}

	/**
	 * A RestClient for the API.
	 * @param apiUrl the API's base URL
	 * @param requestFactory the HTTP client
	 * @param observationRegistry where to report requests, {@code null} to keep what the builder started from has
	 * @return the RestClient
	 */
	RestClient build(URI apiUrl, ClientHttpRequestFactory requestFactory,
			@Nullable ObservationRegistry observationRegistry) {
		RestClient.Builder builder = (this.startFrom != null) ? this.startFrom.clone() : RestClient.builder();
		builder.baseUrl(apiUrl.toString())
			.requestFactory(requestFactory)
			.defaultHeader(HttpHeaders.USER_AGENT, this.userAgent);
		if (this.contractNumber != null) {
			builder.defaultHeader(TokensApiBuilder.CONTRACT_NUMBER_HEADER, String.valueOf(this.contractNumber));
		}
		if (observationRegistry != null) {
			builder.observationRegistry(observationRegistry);
		}
		this.customizer.accept(builder);
		return builder.build();
	}

}
