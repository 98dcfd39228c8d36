package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A deadline that passes while the connection is being made (a server that takes the TCP connection but never
 * answers the TLS handshake, as an overloaded proxy does) is the attempt's or the call's time-out that it is, on both
 * HTTP client libraries, and such an attempt counts as one whose request was never sent.
 */
class HandshakeDeadlineTests {

	private ServerSocket server;

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	private Thread acceptor;

	@BeforeEach
	void start() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(() -> {
			while (!this.server.isClosed()) {
				try {
					this.accepted.add(this.server.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "silent-tls-server");
		this.acceptor.start();
	}

	@AfterEach
	void stop() throws Exception {
		this.server.close();
		this.acceptor.join();
		for (Socket socket : this.accepted) {
			socket.close();
		}
	}

	@ParameterizedTest
	@EnumSource(HttpClientLibrary.class)
	void aHandshakeThatNeverEndsIsTheDeadlineThatPassedAndACreateIsRepeatedSinceNothingWasSent(
			HttpClientLibrary library) {
		try (TokensApi api = TokensApi.builder()
			.apiUrl("https://localhost:" + this.server.getLocalPort())
			.credentials(IonosCredentials.token("api-token"))
			.httpClientLibrary(library)
			.connectTimeout(Duration.ofSeconds(20))
			.readTimeout(Duration.ofSeconds(20))
			.attemptTimeout(Duration.ofMillis(300))
			.callTimeout(Duration.ofSeconds(2))
			.retry(RetrySettings.defaults().withInitialDelay(Duration.ofMillis(10)).withMaxDelay(Duration.ofMillis(10)))
			.build()) {
			assertThatExceptionOfType(IonosCommunicationException.class)
				.isThrownBy(() -> api.registriesTokensPost(REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("ci-push").withScopes(Scope.repository("*", Scope.PULL)))))
				.satisfies((failure) -> assertThat(failure.getClass()).isEqualTo(IonosCommunicationException.class))
				.withMessageMatching("POST .* failed: the (attempt-timeout of 300ms|call-timeout of 2s) passed");
		}
		// A create is repeated only when its request was never sent: each attempt made a connection of its own.
		assertThat(this.accepted).as("connections made").hasSizeGreaterThan(1);
	}

}
