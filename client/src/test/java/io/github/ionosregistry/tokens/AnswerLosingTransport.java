package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.function.BiPredicate;

import io.github.ionosregistry.tokens.internal.http.BufferedHttpRequest;
import io.github.ionosregistry.tokens.internal.http.Deadline;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A transport that sends every request but loses the answer of those a predicate picks, after the server acted on
 * them: the connection is reset once the answer has arrived, as when a network drops it on the way back.
 */
final class AnswerLosingTransport {

	private AnswerLosingTransport() {
	}

	/**
	 * Wraps a transport so that the requests a predicate picks never reach the server: their connection is refused.
	 * @param transport the transport that sends the other requests
	 * @param refuse whether a request with this method and URI is refused
	 * @return the wrapping transport
	 */
	static ClientHttpRequestFactory refusing(ClientHttpRequestFactory transport, BiPredicate<HttpMethod, URI> refuse) {
		return (uri, method) -> {
			if (!refuse.test(method, uri)) {
				return transport.createRequest(uri, method);
			}
			return new BufferedHttpRequest(uri, method, Duration.ofSeconds(5)) {

				@Override
				protected ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline,
						Duration remaining) throws IOException {
					throw new ConnectException("Connection refused");
				}

			};
		};
	}

	/**
	 * Wraps a transport.
	 * @param transport the transport that sends the requests
	 * @param lose whether the answer to a request with this method and URI is lost
	 * @return the wrapping transport
	 */
	static ClientHttpRequestFactory losingAnswers(ClientHttpRequestFactory transport, BiPredicate<HttpMethod, URI> lose) {
		return (uri, method) -> {
			ClientHttpRequest request = transport.createRequest(uri, method);
			if (!lose.test(method, uri)) {
				return request;
			}
			return new BufferedHttpRequest(uri, method, Duration.ofSeconds(5)) {

				@Override
				protected ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline,
						Duration remaining) throws IOException {
					request.getHeaders().putAll(headers);
					request.getAttributes().putAll(getAttributes());
					request.getBody().write(body);
					request.execute().close();
					throw new SocketException("Connection reset");
				}

			};
		};
	}

}
