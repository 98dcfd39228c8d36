package io.github.ionosregistry.tokens.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import io.github.ionosregistry.tokens.HttpClientOptions;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Warms an HTTP client library up for the first real call: one exchange over a client of that library made only for
 * it, with a server of its own on the loopback interface, which answers once and closes. The JDK's client loads and
 * initializes about a hundred milliseconds' worth of classes on its first exchange; after this one, the first call to
 * the API does not. The throwaway client uses no proxy, and nothing reaches the API.
 */
public final class LoopbackExchange {

	/** Kept alive, so that the client also returns its connection to its pool, as after a call to the API. */
	private static final byte[] ANSWER = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
		.getBytes(StandardCharsets.ISO_8859_1);

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private LoopbackExchange() {
	}

	public static void run(Function<RequestFactorySettings, ? extends ClientHttpRequestFactory> clients) {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout((int) TIMEOUT.toMillis());
			Thread answering = new Thread(() -> answerOnce(server), "ionos-registry-warm-up-loopback");
			answering.setDaemon(true);
			answering.start();
			URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/warm-up");
			RequestFactorySettings settings = new RequestFactorySettings(
					new HttpClientOptions(uri, TIMEOUT, TIMEOUT, 1), 1024, null, null, ProxySelector.of(null));
			ClientHttpRequestFactory client = clients.apply(settings);
			try {
				ClientHttpRequest request = client.createRequest(uri, HttpMethod.GET);
				request.getHeaders().add("Accept", "application/json");
				request.getAttributes().put(Deadline.ATTRIBUTE, Deadline.in(Deadline.ATTEMPT_TIMEOUT, TIMEOUT));
				try (ClientHttpResponse response = request.execute()) {
					response.getBody().readAllBytes();
				}
			}
			finally {
				if (client instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
			answering.join(TIMEOUT.toMillis());
		}
		catch (Exception ex) {
			// A warm-up that cannot run leaves the work to the first call.
		}
	}

	private static void answerOnce(ServerSocket server) {
		try (Socket connection = server.accept()) {
			InputStream in = connection.getInputStream();
			int last4 = 0;
			int b;
			while (last4 != 0x0D0A0D0A && (b = in.read()) >= 0) {
				last4 = (last4 << 8) | b;
			}
			OutputStream out = connection.getOutputStream();
			out.write(ANSWER);
			out.flush();
		}
		catch (IOException ex) {
			// the exchange fails, the warm-up with it: nothing depends on it
		}
	}

}
