package io.github.ionosregistry.emulator;

import java.io.IOException;

import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Stands in front of WireMock's admin API ({@code /__admin}) and answers every request with the emulator's JSON
 * 404, as for any path the API does not have: the admin API is not there over HTTP. The test's own process still
 * reaches WireMock through {@link TokensEmulator#wireMock()}.
 */
final class AdminApiClosedFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
		JsonErrorAnswers.write((HttpServletResponse) response, 404);
	}

}
