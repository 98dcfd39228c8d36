package io.github.ionosregistry.tokens;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.management.UnixOperatingSystemMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications that start and stop contexts (tests, refreshes) leave nothing of the client behind: the HTTP client
 * built on the first request is closed with the context, its threads and connections with it.
 */
class TokensApiLifecycleTests {

	private static final int CYCLES = 50;

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Test
	void contextsThatEachMadeACallLeaveNoThreadsOrConnectionsBehind() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson(TokenJson.token())));
		startMakeACallAndClose();
		int threadsBefore = liveThreads();
		long openFilesBefore = openFiles();
		for (int i = 0; i < CYCLES; i++) {
			startMakeACallAndClose();
		}
		server.verify(CYCLES + 1, WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)));
		// A few threads of the test's own machinery (WireMock's server) may come and go; a leak grows by one
		// connection or thread per cycle.
		assertThat(liveThreads()).isLessThanOrEqualTo(threadsBefore + 3);
		if (openFilesBefore >= 0) {
			assertThat(openFiles()).isLessThan(openFilesBefore + CYCLES / 2);
		}
	}

	private static void startMakeACallAndClose() {
		TestApis.with(TestApis.builder(server.baseUrl()), (api) -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
	}

	private static int liveThreads() {
		return ManagementFactory.getThreadMXBean().getThreadCount();
	}

	/** Open file descriptors (sockets among them) where the JVM reports them, else -1. */
	private static long openFiles() {
		OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
		return (system instanceof UnixOperatingSystemMXBean unix) ? unix.getOpenFileDescriptorCount() : -1;
	}

}
