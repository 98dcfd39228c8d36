package io.github.ionosregistry.test;

import io.github.ionosregistry.emulator.TokensEmulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * An application of the tests, without a web server, whose client talks to an emulator with its token, on its
 * default registry, with health details shown.
 */
final class ApplicationOverEmulator {

	private ApplicationOverEmulator() {
	}

	static SpringApplicationBuilder builder(Class<?> application, TokensEmulator emulator, String token) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("ionos.registry.api-url=" + emulator.apiUrl(), "ionos.registry.token=" + token,
					"ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID,
					"management.endpoint.health.show-details=always", "spring.main.banner-mode=off");
	}

}
