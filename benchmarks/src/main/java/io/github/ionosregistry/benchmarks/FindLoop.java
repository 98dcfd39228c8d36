package io.github.ionosregistry.benchmarks;

import java.nio.file.Path;

import io.github.ionosregistry.tokens.TokensApi;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One caller finding a token for a while on one HTTP client library, against nginx (the JDK's server where nginx is
 * missing), for a flight recording of where a call's time goes: {@code FindLoop <jdk|http-components> <seconds>}.
 */
public final class FindLoop {

	private FindLoop() {
	}

	public static void main(String[] args) throws Exception {
		try (LoopbackTokensServer loopback = new LoopbackTokensServer()) {
			Path nginx = NginxTokensServer.nginx();
			if (nginx == null) {
				findFor(loopback.apiUrl(), args);
				return;
			}
			try (NginxTokensServer server = NginxTokensServer.start(nginx, loopback.tokenBytes(), loopback.pageBytes())) {
				findFor(server.apiUrl(), args);
			}
		}
	}

	private static void findFor(String apiUrl, String[] args) {
		try (ConfigurableApplicationContext context = ClientApplication.start(apiUrl, args[0])) {
			TokensApi api = context.getBean(TokensApi.class);
			long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
			long calls = 0;
			while (System.nanoTime() < end) {
				api.registriesTokensFindById(LoopbackTokensServer.REGISTRY_ID, LoopbackTokensServer.TOKEN_ID);
				calls++;
			}
			System.out.println("calls=" + calls);
		}
	}

}
