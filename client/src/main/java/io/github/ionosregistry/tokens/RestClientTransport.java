package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import io.github.ionosregistry.tokens.model.ApiErrorMessage;
import io.github.ionosregistry.tokens.model.ApiErrorResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * One attempt of an operation on a Spring {@link RestClient}: the request with the credentials of the moment, its
 * JSON body, the attempt's deadline as a request attribute for the HTTP client; the answer read within the
 * {@code max-response-size} and the deadline, decoded with the client's own JSON codec, or turned into one
 * {@link IonosRegistryException} with the credentials it carried masked out of whatever the server sent back.
 */
final class RestClientTransport implements AutoCloseable {

	/** The characters of an error answer's body that are kept when it is not an {@code ApiErrorResponse}. */
	static final int MAX_KEPT_BODY_CHARS = 500;

	private final RestClient restClient;

	private final IonosCredentialsProvider credentials;

	private final JsonCodec codec;

	private final long maxResponseBytes;

	private final @Nullable LazyRequestFactory ownedClient;

	private final URI apiUrl;

	private final @Nullable HttpClientLibrary library;

	RestClientTransport(URI apiUrl, RestClient restClient, IonosCredentialsProvider credentials,
			long maxResponseBytes, @Nullable LazyRequestFactory ownedClient, @Nullable HttpClientLibrary library) {
		this.apiUrl = apiUrl;
		this.library = library;
		this.restClient = restClient;
		this.credentials = credentials;
		this.codec = new JsonCodec(maxResponseBytes);
		this.maxResponseBytes = maxResponseBytes;
		this.ownedClient = ownedClient;
	}

	/**
	 * The URI of a path of the API, for messages about a call made.
	 * @param path the path, such as {@code /registries/<id>/tokens}
	 * @return the URI
	 */
	URI uri(String path) {
		return URI.create(this.apiUrl + path);
	}

	/**
	 * Makes one attempt, sent once more if the service refused credentials that have changed meanwhile.
	 * @param operation the operation
	 * @param uri expands the operation's URI template
	 * @param body the JSON body, or {@code null}
	 * @param answerType the type of the answer's JSON, or {@link NoContent} for none
	 * @param attempt the attempt
	 * @return the answer
	 */
	<T> T exchange(Operation operation, Function<UriBuilder, URI> uri, @Nullable Object body, Class<T> answerType,
			Attempt attempt) {
		LazyRequestFactory ownedClient = this.ownedClient;
		if (ownedClient != null) {
			ownedClient.checkOpen();
		}
		IonosCredentials sent = this.credentials.getCredentials();
		try {
			return exchange(operation, uri, body, answerType, attempt, sent);
		}
		catch (IonosApiException ex) {
			IonosCredentials current = ex.isUnauthorized() ? this.credentials.getCredentials() : sent;
			if (current.equals(sent)) {
				throw ex;
			}
			return exchange(operation, uri, body, answerType, attempt, current);
		}
	}

	private <T> T exchange(Operation operation, Function<UriBuilder, URI> uriFunction, @Nullable Object body,
			Class<T> answerType, Attempt attempt, IonosCredentials credentials) {
		ExpandedUri uri = new ExpandedUri(uriFunction);
		try {
			RestClient.RequestBodySpec request = this.restClient.method(operation.method())
				.uri(operation.uriTemplate(), uri)
				.accept(MediaType.APPLICATION_JSON)
				.headers(credentials::applyTo)
				.attribute(Deadline.ATTRIBUTE, attempt.deadline());
			if (body != null) {
				byte[] json = this.codec.write(body);
				request.contentType(MediaType.APPLICATION_JSON)
					.contentLength(json.length)
					.body((output) -> output.write(json));
			}
			return request.exchange((clientRequest, response) -> read(operation, uri.get(), response, answerType,
					attempt.deadline(), credentials), true);
		}
		catch (IonosRegistryException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			throw communicationFailure(operation.method(), uri.get(), ex, Redaction.of(credentials));
		}
		catch (RestClientException ex) {
			throw new IonosCommunicationException(operation.method(), uri.get(),
					"the exchange failed (" + ex.getClass().getSimpleName() + ")", null, AttemptOutcome.FINAL);
		}
		catch (IllegalArgumentException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// What an HTTP client library or an interceptor throws unchecked: reported, its message not quoted.
			throw new IonosCommunicationException(operation.method(), uri.get(),
					"the HTTP client failed (" + ex.getClass().getName() + ")", null, AttemptOutcome.FINAL);
		}
		catch (Error error) {
			LazyRequestFactory ownedClient = this.ownedClient;
			if (ownedClient != null) {
				ownedClient.discardAfter(error);
			}
			throw error;
		}
	}

	private <T> T read(Operation operation, URI uri, ClientHttpResponse response, Class<T> answerType,
			Deadline deadline, IonosCredentials credentials) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		if (!status.is2xxSuccessful()) {
			throw errorAnswer(operation.method(), uri, status, response, deadline, Redaction.of(credentials));
		}
		byte[] body = ResponseBodies.readAll(response, this.maxResponseBytes, deadline);
		if (answerType == NoContent.class) {
			return answerType.cast(NoContent.INSTANCE);
		}
		if (body.length == 0) {
			URI location = response.getHeaders().getLocation();
			throw new IonosCommunicationException(operation.method(), uri, "the answer " + status.value()
					+ " had no body" + ((location != null) ? " (" + HttpHeaders.LOCATION + ": " + location + ")" : ""),
					null, AttemptOutcome.FINAL);
		}
		T answer;
		try {
			answer = this.codec.read(body, answerType);
		}
		catch (JacksonException ex) {
			// Never the exception's own message: it quotes the body, and a create answer's body holds a password.
			String bound = (ex instanceof StreamConstraintsException constraint) ? ": " + constraint.getOriginalMessage()
					: "";
			throw new IonosCommunicationException(operation.method(), uri,
					"the answer could not be read (" + ex.getClass().getSimpleName() + bound + ")", null,
					AttemptOutcome.FINAL);
		}
		String lacking = AnswerShape.lacking(answer);
		if (lacking != null) {
			throw new IonosCommunicationException(operation.method(), uri, operation.describe() + " answered "
					+ status.value() + " with " + lacking + " where " + answerType.getSimpleName()
					+ " was expected", null, AttemptOutcome.FINAL);
		}
		return answer;
	}

	private IonosApiException errorAnswer(HttpMethod method, URI uri, HttpStatusCode status,
			ClientHttpResponse response, Deadline deadline, Redaction redaction) {
		byte[] body = ResponseBodies.readStart(response, TransportSettings.MAX_ERROR_BODY_BYTES, deadline);
		Duration retryAfter = RetryAfter.parse(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
				Clock.systemUTC());
		ApiErrorResponse error = this.codec.readError(body);
		if (error != null) {
			List<ApiErrorMessage> messages = error.messages()
				.stream()
				.map((message) -> new ApiErrorMessage(redaction.apply(message.errorCode()),
						redaction.apply(message.message())))
				.toList();
			return new IonosApiException(method, uri, status, messages, null, retryAfter);
		}
		return new IonosApiException(method, uri, status, List.of(), kept(body, redaction), retryAfter);
	}

	private static @Nullable String kept(byte[] body, Redaction redaction) {
		String text = redaction.apply(new String(body, StandardCharsets.UTF_8));
		if (text == null || text.isBlank()) {
			return null;
		}
		text = text.strip();
		return (text.length() > MAX_KEPT_BODY_CHARS) ? text.substring(0, MAX_KEPT_BODY_CHARS) + "..." : text;
	}

	private static IonosCommunicationException communicationFailure(HttpMethod method, URI uri,
			ResourceAccessException failure, Redaction redaction) {
		Throwable cause = failure.getCause();
		if (!(cause instanceof IOException ioFailure)) {
			return new IonosCommunicationException(method, uri, "I/O error", failure, AttemptOutcome.UNKNOWN);
		}
		AttemptOutcome outcome = AttemptOutcome.ofIoFailure(ioFailure);
		String message = describe(ioFailure);
		String redacted = String.valueOf(redaction.apply(message));
		// The cause is kept unless the server made its message quote a secret.
		Throwable kept = redacted.equals(message) ? ioFailure
				: new IOException(ioFailure.getClass().getName() + ": " + redacted);
		String problem;
		if (ioFailure instanceof DeadlineExceededException || ioFailure instanceof ResponseTooLargeException) {
			problem = redacted;
		}
		else if (ioFailure instanceof SSLException) {
			problem = "TLS failure, the server's certificate may not be trusted ("
					+ ioFailure.getClass().getSimpleName() + ": " + redacted + ")";
		}
		else {
			problem = "I/O error: " + ioFailure.getClass().getSimpleName() + ": " + redacted;
		}
		return new IonosCommunicationException(method, uri, problem, kept, outcome);
	}

	/** The failure's message, or what its kind means when it has none (the JDK client's often have none). */
	private static String describe(IOException failure) {
		String message = failure.getMessage();
		if (message != null && !message.isBlank()) {
			return message;
		}
		if (failure instanceof java.net.ConnectException) {
			return "connection refused";
		}
		return (failure instanceof java.io.EOFException) ? "the connection was closed" : "no message";
	}

	/**
	 * Prepares what the first call would otherwise do, without sending a request to the API: the HTTP client built
	 * and a request of it made (not sent), a {@link LoopbackExchange} on its library, and a {@link Rehearsal} of every
	 * operation against answers made in memory.
	 */
	void warmUp() {
		LazyRequestFactory client = this.ownedClient;
		if (client != null && client.isClosed()) {
			return;
		}
		HttpClientLibrary library = this.library;
		if (library != null) {
			LoopbackExchange.run(library);
			// The JVM's proxy selector reads its settings on first use.
			JvmProxySelector.INSTANCE.select(this.apiUrl);
		}
		LazyRequestFactory ownedClient = this.ownedClient;
		if (ownedClient != null) {
			try {
				ownedClient.obtain().createRequest(this.apiUrl, HttpMethod.GET);
			}
			catch (IOException | IllegalStateException ex) {
				// Closed meanwhile, or the first call will make its request itself.
			}
		}
		Rehearsal.run(this.apiUrl, this.maxResponseBytes);
	}

	@Override
	public void close() throws Exception {
		LazyRequestFactory ownedClient = this.ownedClient;
		if (ownedClient != null) {
			ownedClient.close();
		}
	}

	/** What an answer without a body is read as. */
	enum NoContent {

		INSTANCE

	}

	/** Expands an operation's URI template against the API URL, and keeps the result for error messages. */
	private static final class ExpandedUri implements Function<UriBuilder, URI> {

		private final Function<UriBuilder, URI> expansion;

		private @Nullable URI uri;

		ExpandedUri(Function<UriBuilder, URI> expansion) {
			this.expansion = expansion;
		}

		@Override
		public URI apply(UriBuilder builder) {
			URI expanded = this.expansion.apply(builder);
			this.uri = expanded;
			return expanded;
		}

		URI get() {
			URI expanded = this.uri;
			return (expanded != null) ? expanded : URI.create("");
		}

	}

}
