package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TLS protocols set with {@code sslParameters} apply on both HTTP client libraries, with a TLS context of the
 * caller's and with the JVM's default one: a client restricted to TLS 1.3 is refused by a server that speaks only
 * TLS 1.2, for the protocol, before any certificate is looked at.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TlsParametersTests {

	private static SSLContext serverAndTrust;

	private static SSLServerSocket tls12Only;

	@Parameter
	HttpClientLibrary library;

	@BeforeAll
	static void startTls12OnlyServer() throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = TlsParametersTests.class.getResourceAsStream("/tls/localhost.p12")) {
			keys.load(in, "test-only".toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, "test-only".toCharArray());
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(keys);
		serverAndTrust = SSLContext.getInstance("TLS");
		serverAndTrust.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
		tls12Only = (SSLServerSocket) serverAndTrust.getServerSocketFactory()
			.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
		tls12Only.setEnabledProtocols(new String[] { "TLSv1.2" });
		Thread acceptor = new Thread(TlsParametersTests::serve, "tls12-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterAll
	static void stopServer() throws IOException {
		tls12Only.close();
	}

	private static void serve() {
		while (!tls12Only.isClosed()) {
			try (Socket connection = tls12Only.accept()) {
				InputStream in = connection.getInputStream();
				StringBuilder head = new StringBuilder();
				while (!head.toString().endsWith("\r\n\r\n")) {
					int read = in.read();
					if (read < 0) {
						break;
					}
					head.append((char) read);
				}
				byte[] body = TokenJson.token().getBytes(StandardCharsets.UTF_8);
				OutputStream out = connection.getOutputStream();
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
						+ body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// a refused handshake, or the server closing
			}
		}
	}

	private TokensApiBuilder client() {
		return TokensApi.builder()
			.apiUrl("https://localhost:" + tls12Only.getLocalPort())
			.httpClientLibrary(this.library)
			.credentials(IonosCredentials.token("tls-test-token"))
			.callTimeout(Duration.ofSeconds(10))
			.retry(RetrySettings.defaults().withMaxRetries(0));
	}

	private static SSLParameters only(String protocol) {
		SSLParameters parameters = new SSLParameters();
		parameters.setProtocols(new String[] { protocol });
		return parameters;
	}

	@Test
	void theServersProtocolWithTheCallersContextWorks() {
		try (TokensApi api = client().sslContext(serverAndTrust).sslParameters(only("TLSv1.2")).build()) {
			assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID);
		}
	}

	@Test
	void tls13AloneWithTheCallersContextIsRefusedForTheProtocol() {
		try (TokensApi api = client().sslContext(serverAndTrust).sslParameters(only("TLSv1.3")).build()) {
			assertRefusedForTheProtocol(api);
		}
	}

	@Test
	void tls13AloneWithTheJvmsDefaultContextIsRefusedForTheProtocolNotTheCertificate() {
		try (TokensApi api = client().sslParameters(only("TLSv1.3")).build()) {
			assertRefusedForTheProtocol(api);
		}
		try (TokensApi withoutParameters = client().build()) {
			IonosCommunicationException untrusted = catchThrowableOfType(IonosCommunicationException.class,
					() -> withoutParameters.registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
			assertThat(untrusted.getMessage()).as("the control: TLS 1.2 gets as far as the certificate")
				.containsAnyOf("PKIX", "certification path", "unable to find valid");
		}
	}

	private static void assertRefusedForTheProtocol(TokensApi api) {
		IonosCommunicationException refused = catchThrowableOfType(IonosCommunicationException.class,
				() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
		assertThat(refused.getMessage()).contains("TLS failure").containsIgnoringCase("protocol")
			.doesNotContain("PKIX");
	}

}
