package io.github.ionosregistry.tokens.internal.http.jdk;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.github.ionosregistry.tokens.internal.http.HttpLimits;
import io.github.ionosregistry.tokens.HttpClientOptions;
import io.github.ionosregistry.tokens.internal.Durations;
import io.github.ionosregistry.tokens.internal.http.BufferedHttpRequest;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.github.ionosregistry.tokens.internal.http.DeadlineExceededException;
import io.github.ionosregistry.tokens.internal.http.DeadlineWatch;
import io.github.ionosregistry.tokens.internal.http.ReceivedResponse;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import io.github.ionosregistry.tokens.internal.http.ResponseBodies;
import io.github.ionosregistry.tokens.internal.http.ResponseTooLargeException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMapAdapter;

/**
 * Requests on the JDK's {@link HttpClient}, made for this client: the answer's body is collected as the client's
 * fastest handler does (no stream handed between threads), up to the {@code max-response-size} (the start of an error
 * answer only); a body goes out with a {@code Content-Length}; the read time-out bounds the wait for the answer's
 * head; the attempt's deadline bounds the whole exchange, after which its body's collection is cancelled and its
 * connection closed. At most {@code max-connections} exchanges are in flight at once (and so connections open), the
 * others wait for their turn within their deadline. The JDK client gets no thread pool: what it would hand to one
 * (reading a response's head, delivering its body to the bounded collector, completing the exchange) runs on its
 * selector thread, which wakes the caller at once. Nothing that runs there blocks: the collector only copies bytes,
 * and the caller decodes the body after {@code send} returns. One hand-off fewer per exchange, and no threads beyond
 * the JDK's selector.
 */
public final class JdkRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	/** {@code HttpClient.shutdownNow()}, on Java 21 and later. */
	private static final @Nullable MethodHandle SHUTDOWN_NOW = shutdownNow();

	private final HttpClient client;

	private final Duration readTimeout;

	private final long maxResponseBytes;

	/**
	 * Runs what the JDK client hands to its executor on the thread that hands it over: the client's selector thread,
	 * or the caller.
	 */
	private static final Executor ON_THE_HANDING_THREAD = Runnable::run;

	private final DeadlineWatch deadlines = new DeadlineWatch();

	private final Semaphore exchanges;

	JdkRequestFactory(HttpClient client, Duration readTimeout, long maxResponseBytes, int maxConnections) {
		this.client = client;
		this.readTimeout = readTimeout;
		this.maxResponseBytes = maxResponseBytes;
		this.exchanges = new Semaphore(maxConnections, true);
	}

	public static JdkRequestFactory create(RequestFactorySettings settings) {
		HttpClientOptions options = settings.options();
		HttpClient.Builder client = HttpClient.newBuilder()
			.executor(ON_THE_HANDING_THREAD)
			.connectTimeout(options.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(settings.proxySelector());
		if (options.isPlainHttp()) {
			// Over plain http the JDK client would try an HTTP/2 upgrade, which local servers (emulators, test
			// servers: the only plain-http hosts allowed) often break for requests with a body.
			client.version(HttpClient.Version.HTTP_1_1);
		}
		if (settings.sslContext() != null) {
			client.sslContext(settings.sslContext());
		}
		if (settings.sslParameters() != null) {
			client.sslParameters(settings.sslParameters());
		}
		return new JdkRequestFactory(client.build(), options.readTimeout(), settings.maxResponseBytes(),
				options.maxConnections());
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		return new JdkRequest(uri, httpMethod);
	}

	/** Stops the client's selector thread and connections where the JDK can (21 and later); else they end with the client. */
	@Override
	public void close() throws Exception {
		this.deadlines.close();
		if (SHUTDOWN_NOW != null) {
			try {
				SHUTDOWN_NOW.invoke(this.client);
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Could not shut the JDK HttpClient down", ex);
			}
		}
	}

	private static @Nullable MethodHandle shutdownNow() {
		try {
			return MethodHandles.publicLookup()
				.findVirtual(HttpClient.class, "shutdownNow", MethodType.methodType(void.class));
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			return null;
		}
	}

	private final class JdkRequest extends BufferedHttpRequest {

		JdkRequest(URI uri, HttpMethod method) {
			super(uri, method, JdkRequestFactory.this.readTimeout);
		}

		@Override
		protected ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline, Duration remaining)
				throws IOException {
			Semaphore exchanges = JdkRequestFactory.this.exchanges;
			try {
				if (!exchanges.tryAcquire(remaining.toNanos(), TimeUnit.NANOSECONDS)) {
					throw deadline.exceededBeforeSending();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while waiting for a connection");
			}
			try {
				Duration left = deadline.remaining();
				if (left.isNegative() || left.isZero()) {
					throw deadline.exceededBeforeSending();
				}
				return exchange(headers, body, deadline, left);
			}
			finally {
				exchanges.release();
			}
		}

		private ClientHttpResponse exchange(HttpHeaders headers, byte[] body, Deadline deadline, Duration remaining)
				throws IOException {
			Duration headTimeout = headTimeout(remaining);
			HttpRequest.Builder request = HttpRequest.newBuilder(getURI()).timeout(headTimeout);
			headers.forEach((name, values) -> {
				if (!isSetByTheClient(name)) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			request.method(getMethod().name(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
			AtomicReference<BoundedBodySubscriber> subscriber = new AtomicReference<>();
			AtomicBoolean expired = new AtomicBoolean();
			// Sent on the calling thread: the JDK client's send() makes three times the calls of sendAsync().get()
			// here, which hands every answer to another thread. The head is bounded by the request's time-out, the
			// body by the watch, which aborts its collection when the deadline passes.
			// Whichever comes second, the deadline or the answer's head, aborts the body's collection: a head arriving
			// just as the deadline passes gets a body that ends at once.
			DeadlineWatch.Watched watch = JdkRequestFactory.this.deadlines.watch(deadline, () -> {
				expired.set(true);
				BoundedBodySubscriber collecting = subscriber.get();
				if (collecting != null) {
					collecting.abort(deadline.exceeded());
				}
			});
			try {
				return received(JdkRequestFactory.this.client.send(request.build(), (info) -> {
					BoundedBodySubscriber bodySubscriber = subscriberFor(info);
					subscriber.set(bodySubscriber);
					if (expired.get()) {
						bodySubscriber.abort(deadline.exceeded());
					}
					return bodySubscriber;
				}));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted");
			}
			catch (IOException ex) {
				throw failure(ex, deadline, headTimeout);
			}
			finally {
				watch.end();
			}
		}

		/**
		 * The answer, its headers read through rather than copied: the JDK's header map already looks names up
		 * ignoring case, and copying each name into Spring's case-insensitive map showed in profiles.
		 */
		private static ClientHttpResponse received(HttpResponse<byte[]> response) {
			HttpHeaders headers = new HttpHeaders(new MultiValueMapAdapter<>(response.headers().map()));
			return new ReceivedResponse(response.statusCode(), headers, response.body());
		}

		private BoundedBodySubscriber subscriberFor(HttpResponse.ResponseInfo info) {
			long limit = JdkRequestFactory.this.maxResponseBytes;
			boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
			if (!success) {
				return new BoundedBodySubscriber(HttpLimits.MAX_ERROR_BODY_BYTES, true);
			}
			long declared = info.headers().firstValueAsLong(HttpHeaders.CONTENT_LENGTH).orElse(-1);
			if (declared > limit) {
				return BoundedBodySubscriber.failed(new ResponseTooLargeException("the answer is larger than the "
						+ "max-response-size of " + ResponseBodies.format(limit) + ": its Content-Length is "
						+ declared + " bytes; it was not read"));
			}
			return new BoundedBodySubscriber(limit, false);
		}

		private IOException failure(IOException failure, Deadline deadline, Duration headTimeout) {
			if (failure instanceof HttpConnectTimeoutException) {
				// The JDK client reports its request time-out passing during connect or the TLS handshake as a
				// connect time-out: when that time-out was the deadline, it is the deadline that passed.
				return deadline.hasPassed() ? deadline.exceededBeforeSending() : failure;
			}
			if (failure instanceof HttpTimeoutException) {
				return deadline.hasPassed() ? deadline.exceeded() : new SocketTimeoutException(
						"no answer within the read-timeout of " + Durations.format(headTimeout));
			}
			if (failure.getCause() instanceof DeadlineExceededException exceeded) {
				return exceeded;
			}
			if (failure.getCause() instanceof ResponseTooLargeException tooLarge) {
				return tooLarge;
			}
			return failure;
		}

	}

}
