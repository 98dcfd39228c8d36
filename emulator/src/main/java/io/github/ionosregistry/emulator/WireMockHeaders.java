package io.github.ionosregistry.emulator;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Takes WireMock's own headers ({@code Matched-Stub-Id}, {@code Matched-Stub-Name}) off every answer, so that the
 * emulator answers with the API's headers only.
 */
final class WireMockHeaders implements ResponseTransformerV2 {

	static final String NAME = "ionos-registry-emulator-headers";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		HttpHeaders kept = new HttpHeaders(response.getHeaders()
			.all()
			.stream()
			.filter((header) -> !header.key().regionMatches(true, 0, "Matched-Stub-", 0, 13))
			.toArray(HttpHeader[]::new));
		return Response.Builder.like(response).but().headers(kept).build();
	}

}
