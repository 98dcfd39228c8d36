package io.github.ionosregistry.tokens.internal.call;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import io.github.ionosregistry.tokens.internal.http.HttpLimits;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.github.ionosregistry.tokens.internal.http.DeadlineExceededException;
import io.github.ionosregistry.tokens.internal.http.LazyRequestFactory;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import io.github.ionosregistry.tokens.internal.http.ResponseBodies;
import io.github.ionosregistry.tokens.internal.http.ResponseTooLargeException;
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
public final class RestClientTransport implements AutoCloseable {

	/** The characters of an error answer's body that are kept when it is not an {@code ApiErrorResponse}. */
	static final int MAX_KEPT_BODY_CHARS = 500;

	private final RestClient restClient;

	private final IonosCredentialsProvider credentials;

	private final JsonCodec codec;

	private final long maxResponseBytes;

	private final @Nullable LazyRequestFactory ownedClient;

	private final URI apiUrl;

	public RestClientTransport(URI apiUrl, RestClient restClient, IonosCredentialsProvider credentials,
			long maxResponseBytes, @Nullable LazyRequestFactory ownedClient) {
		this.apiUrl = apiUrl;
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
	 * @param responseType the type of the answer's JSON, or {@link NoContent} for none
	 * @param attempt the attempt
	 * @return the answer
	 */
	<T> T exchange(Operation operation, Function<UriBuilder, URI> uri, @Nullable Object body, Class<T> responseType,
			Attempt attempt) {
		LazyRequestFactory ownedClient = this.ownedClient;
		if (ownedClient != null) {
			ownedClient.checkOpen();
		}
		IonosCredentials sent = this.credentials.getCredentials();
		try {
			return exchange(operation, uri, body, responseType, attempt, sent);
		}
		catch (IonosApiException ex) {
			IonosCredentials current = ex.isUnauthorized() ? this.credentials.getCredentials() : sent;
			if (current.equals(sent)) {
				throw ex;
			}
			return exchange(operation, uri, body, responseType, attempt, current);
		}
	}

	private <T> T exchange(Operation operation, Function<UriBuilder, URI> uriFunction, @Nullable Object body,
			Class<T> responseType, Attempt attempt, IonosCredentials credentials) {
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
			return request.exchange((clientRequest, response) -> read(operation, uri.get(), response, responseType,
					attempt.deadline(), credentials), true);
		}
		catch (IonosRegistryException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			throw communicationFailure(operation.method(), uri.get(), ex, Redaction.of(credentials));
		}
		catch (RestClientException ex) {
			throw new ClassifiedCommunicationException(operation.method(), uri.get(),
					"the exchange failed (" + ex.getClass().getSimpleName() + ")", null, AttemptOutcome.FINAL);
		}
		catch (IllegalArgumentException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// What an HTTP client library or an interceptor throws unchecked: reported, its message not quoted.
			throw new ClassifiedCommunicationException(operation.method(), uri.get(),
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

	private <T> T read(Operation operation, URI uri, ClientHttpResponse response, Class<T> responseType,
			Deadline deadline, IonosCredentials credentials) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		if (!status.is2xxSuccessful()) {
			throw errorResponse(operation.method(), uri, status, response, deadline, Redaction.of(credentials));
		}
		byte[] body = ResponseBodies.readAll(response, this.maxResponseBytes, deadline);
		if (responseType == NoContent.class) {
			return responseType.cast(NoContent.INSTANCE);
		}
		if (body.length == 0) {
			URI location = response.getHeaders().getLocation();
			throw new ClassifiedCommunicationException(operation.method(), uri, "the answer " + status.value()
					+ " had no body" + ((location != null) ? " (" + HttpHeaders.LOCATION + ": " + location + ")" : ""),
					null, AttemptOutcome.FINAL);
		}
		T decoded;
		try {
			decoded = this.codec.read(body, responseType);
		}
		catch (JacksonException ex) {
			// Never the exception's own message: it quotes the body, and a create answer's body holds a password.
			String bound = (ex instanceof StreamConstraintsException constraint) ? ": " + constraint.getOriginalMessage()
					: "";
			throw new ClassifiedCommunicationException(operation.method(), uri,
					"the answer could not be read (" + ex.getClass().getSimpleName() + bound + ")", null,
					AttemptOutcome.FINAL);
		}
		String lacking = ResponseShape.lacking(decoded);
		if (lacking != null) {
			throw new ClassifiedCommunicationException(operation.method(), uri, operation.describe() + " answered "
					+ status.value() + " with " + lacking + " where " + responseType.getSimpleName()
					+ " was expected", null, AttemptOutcome.FINAL);
		}
		return decoded;
	}

	private IonosApiException errorResponse(HttpMethod method, URI uri, HttpStatusCode status,
			ClientHttpResponse response, Deadline deadline, Redaction redaction) {
		byte[] body = ResponseBodies.readStart(response, HttpLimits.MAX_ERROR_BODY_BYTES, deadline);
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
		return new IonosApiException(method, uri, status, List.of(), bodyExcerpt(body, redaction), retryAfter);
	}

	private static @Nullable String bodyExcerpt(byte[] body, Redaction redaction) {
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
			return new ClassifiedCommunicationException(method, uri, "I/O error", failure, AttemptOutcome.UNKNOWN);
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
		return new ClassifiedCommunicationException(method, uri, problem, kept, outcome);
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
