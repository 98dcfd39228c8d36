package io.github.ionosregistry.tokens.internal.http.hc5;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.CancellationException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import io.github.ionosregistry.tokens.internal.http.HttpLimits;
import io.github.ionosregistry.tokens.HttpClientOptions;
import io.github.ionosregistry.tokens.internal.http.BufferedHttpRequest;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.github.ionosregistry.tokens.internal.http.DeadlineWatch;
import io.github.ionosregistry.tokens.internal.http.RequestFactorySettings;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Requests on Apache HttpClient 5, made for this client. The client: a pool of the client's connection limit (per
 * route and in total) with the LAX policy, which takes no global lock per lease; the connect and read time-outs;
 * header lines of at most {@value HttpLimits#MAX_HEADER_LINE_LENGTH} characters, at most
 * {@value HttpLimits#MAX_HEADER_COUNT} header lines and {@value HttpLimits#MAX_INTERIM_RESPONSES}
 * interim (1xx) answers; the JVM's proxy settings; no automatic retries (the API repeats calls by its own rules and
 * must not send a create twice) and no redirects. Each request: a body with a {@code Content-Length}; the wait for a
 * pooled connection bounded by the attempt's deadline, after which the exchange, wherever it is, is cancelled and
 * its connection closed; an answer closed before its end closes its connection instead of reading the rest.
 */
public final class HttpComponentsRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	private final CloseableHttpClient client;

	/** The context attribute that says the request is being sent: a failure before it left nothing processed. */
	private static final String SENDING = HttpComponentsRequestFactory.class.getName() + ".sending";

	private final Duration readTimeout;

	private final DeadlineWatch deadlines = new DeadlineWatch();

	HttpComponentsRequestFactory(CloseableHttpClient client, Duration readTimeout) {
		this.client = client;
		this.readTimeout = readTimeout;
	}

	public static HttpComponentsRequestFactory create(RequestFactorySettings settings) {
		HttpClientOptions options = settings.options();
		PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
			.setMaxConnTotal(options.maxConnections())
			.setMaxConnPerRoute(options.maxConnections())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(options.connectTimeout()))
				.setSocketTimeout(Timeout.of(options.readTimeout()))
				.build())
			.setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
				.http1Config(Http1Config.custom()
					.setMaxLineLength(HttpLimits.MAX_HEADER_LINE_LENGTH)
					.setMaxHeaderCount(HttpLimits.MAX_HEADER_COUNT)
					.build())
				.build());
		SSLParameters parameters = settings.sslParameters();
		if (settings.sslContext() != null || parameters != null) {
			// TLS parameters apply with the JVM's default context too: HttpClient would otherwise drop them.
			connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext(settings),
					(parameters != null) ? parameters.getProtocols() : null,
					(parameters != null) ? parameters.getCipherSuites() : null, SSLBufferMode.STATIC, null));
		}
		CloseableHttpClient client = HttpClients.custom()
			.setConnectionManager(connections.build())
			.setProxySelector(settings.proxySelector())
			.setRequestExecutor(new InterimResponseLimit())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.build();
		return new HttpComponentsRequestFactory(client, options.readTimeout());
	}

	private static SSLContext sslContext(RequestFactorySettings settings) {
		SSLContext given = settings.sslContext();
		if (given != null) {
			return given;
		}
		try {
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JVM has no default TLS context", ex);
		}
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		return new HttpComponentsRequest(uri, httpMethod);
	}

	@Override
	public void close() {
		this.deadlines.close();
		this.client.close(CloseMode.IMMEDIATE);
	}

	private final class HttpComponentsRequest extends BufferedHttpRequest {

		HttpComponentsRequest(URI uri, HttpMethod method) {
			super(uri, method, HttpComponentsRequestFactory.this.readTimeout);
		}

		@Override
		protected ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline, Duration remaining)
				throws IOException {
			HttpUriRequestBase request = new HttpUriRequestBase(getMethod().name(), getURI());
			headers.forEach((name, values) -> {
				if (!isSetByTheClient(name)) {
					values.forEach((value) -> request.addHeader(name, value));
				}
			});
			if (body.length > 0) {
				MediaType contentType = headers.getContentType();
				request.setEntity(new ByteArrayEntity(body,
						(contentType != null) ? ContentType.parse(contentType.toString()) : null));
			}
			HttpClientContext context = HttpClientContext.create();
			context.setRequestConfig(RequestConfig.custom()
				.setConnectionRequestTimeout(Timeout.of(remaining))
				.setResponseTimeout(Timeout.of(headTimeout(remaining)))
				.build());
			DeadlineWatch.Watched abort = HttpComponentsRequestFactory.this.deadlines.watch(deadline, request::cancel);
			try {
				ClassicHttpResponse response = HttpComponentsRequestFactory.this.client.executeOpen(null, request,
						context);
				return new HttpComponentsResponse(request, response, abort, deadline);
			}
			catch (IOException ex) {
				abort.end();
				throw failure(ex, request, deadline, context);
			}
			catch (CancellationException ex) {
				// The deadline cancelled the wait for a pooled connection.
				abort.end();
				throw deadline.exceededBeforeSending();
			}
			catch (IllegalStateException ex) {
				// HttpClient's answer to a cancel racing the connection's set-up: "Endpoint not acquired / already
				// released".
				abort.end();
				if (request.isCancelled()) {
					throw failure(new InterruptedIOException("cancelled"), request, deadline, context);
				}
				throw ex;
			}
		}

	}

	private static IOException failure(IOException failure, HttpUriRequestBase request, Deadline deadline,
			HttpContext context) {
		if (request.isCancelled() || deadline.hasPassed()) {
			return (context.getAttribute(SENDING) == null) ? deadline.exceededBeforeSending() : deadline.exceeded();
		}
		if (failure instanceof ClientProtocolException || failure instanceof MessageConstraintException) {
			Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
			return new ProtocolException("malformed answer: " + cause.getMessage());
		}
		return failure;
	}

	/**
	 * An answer on a pooled connection: read to its end, it gives the connection back to the pool; closed before,
	 * it closes the connection.
	 */
	private static final class HttpComponentsResponse implements ClientHttpResponse {

		private final HttpUriRequestBase request;

		private final ClassicHttpResponse response;

		private final DeadlineWatch.Watched abort;

		private final Deadline deadline;

		private final HttpHeaders headers = new HttpHeaders();

		private volatile boolean endReached;

		private @Nullable InputStream body;

		HttpComponentsResponse(HttpUriRequestBase request, ClassicHttpResponse response, DeadlineWatch.Watched abort,
				Deadline deadline) {
			this.request = request;
			this.response = response;
			this.abort = abort;
			this.deadline = deadline;
			for (Header header : response.getHeaders()) {
				this.headers.add(header.getName(), header.getValue());
			}
			HttpEntity entity = response.getEntity();
			this.endReached = entity == null;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.getCode());
		}

		@Override
		public String getStatusText() {
			String reason = this.response.getReasonPhrase();
			return (reason != null) ? reason : "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() throws IOException {
			InputStream body = this.body;
			if (body == null) {
				HttpEntity entity = this.response.getEntity();
				body = (entity != null) ? new EndSensingStream(entity.getContent()) : InputStream.nullInputStream();
				this.body = body;
			}
			return body;
		}

		@Override
		public void close() {
			this.abort.end();
			if (!this.endReached) {
				this.request.cancel();
			}
			try {
				this.response.close();
			}
			catch (IOException ex) {
				// The connection is closed either way.
			}
		}

		/** Tells when the body has been read to its end, and reports a read cut off by the deadline as such. */
		private final class EndSensingStream extends FilterInputStream {

			EndSensingStream(InputStream body) {
				super(body);
			}

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int read = read(one, 0, 1);
				return (read < 0) ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				try {
					int read = super.read(buffer, offset, length);
					if (read < 0) {
						HttpComponentsResponse.this.endReached = true;
					}
					return read;
				}
				catch (IOException ex) {
					if (HttpComponentsResponse.this.request.isCancelled()
							|| HttpComponentsResponse.this.deadline.hasPassed()) {
						throw HttpComponentsResponse.this.deadline.exceeded();
					}
					throw ex;
				}
			}

		}

	}

	/** Refuses an answer that sends more interim (1xx) answers than any server needs before its final one. */
	private static final class InterimResponseLimit extends HttpRequestExecutor {

		@Override
		public ClassicHttpResponse execute(org.apache.hc.core5.http.ClassicHttpRequest request,
				HttpClientConnection connection, @Nullable HttpResponseInformationCallback informationCallback,
				HttpContext context) throws IOException, HttpException {
			// Set once the connection is made (TLS handshake included) and the request goes out.
			context.setAttribute(SENDING, true);
			int[] interimResponses = new int[1];
			return super.execute(request, connection, (response, conn, callbackContext) -> {
				if (++interimResponses[0] > HttpLimits.MAX_INTERIM_RESPONSES) {
					throw new org.apache.hc.core5.http.ProtocolException(
							"more than " + HttpLimits.MAX_INTERIM_RESPONSES + " interim (1xx) answers");
				}
				if (informationCallback != null) {
					informationCallback.execute(response, conn, callbackContext);
				}
			}, context);
		}

	}

}
