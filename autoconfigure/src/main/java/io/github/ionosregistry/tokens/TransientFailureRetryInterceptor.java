package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Repeats calls that failed for a passing reason, with Spring Framework's {@link RetryTemplate}:
 * <ul>
 * <li>answers 429, 502, 503 and 504, and 500 for a GET (a 500 on a change may have changed something);</li>
 * <li>I/O failures such as a refused or reset connection, an empty answer or a read time-out; not an unknown
 * host, a TLS failure or a protocol error, which a repeat does not cure.</li>
 * </ul>
 * GET, PUT, DELETE and PATCH are repeated (each sets absolute values, so a repeat has the effect of one call);
 * POST only if {@link RetrySettings#retryPost()} allows it. The first attempt is never delayed. The waits grow
 * exponentially with jitter; a {@code Retry-After} header (seconds or HTTP date) sets the wait instead, capped
 * by {@link RetrySettings#maxDelay()}. When every attempt failed, the last answer is passed on (so it becomes an
 * {@link IonosApiException}) or the last I/O failure is thrown.
 */
public final class TransientFailureRetryInterceptor implements ClientHttpRequestInterceptor {

	private static final Set<HttpMethod> REPEATABLE = Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE,
			HttpMethod.PATCH, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);

	private final RetrySettings settings;

	private final Clock clock;

	public TransientFailureRetryInterceptor(RetrySettings settings) {
		this(settings, Clock.systemUTC());
	}

	TransientFailureRetryInterceptor(RetrySettings settings, Clock clock) {
		this.settings = TokenArguments.requireNonNull(settings, "settings");
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpMethod method = request.getMethod();
		boolean repeatable = REPEATABLE.contains(method) || (method == HttpMethod.POST && this.settings.retryPost());
		if (!repeatable || this.settings.maxRetries() == 0) {
			return execution.execute(request, body);
		}
		RetryAfterBackOff backOff = new RetryAfterBackOff(exponentialBackOff(), this.settings.maxDelay());
		RetryTemplate retryTemplate = new RetryTemplate(RetryPolicy.builder()
			.backOff(backOff)
			.predicate(TransientFailureRetryInterceptor::isTransient)
			.build());
		try {
			return retryTemplate.execute(new Attempt(request, body, execution, backOff));
		}
		catch (RetryException ex) {
			Throwable last = ex.getCause();
			if (last instanceof TransientStatus transientStatus) {
				return transientStatus.response;
			}
			if (last instanceof IOException ioException) {
				throw ioException;
			}
			if (last instanceof RuntimeException runtimeException) {
				throw runtimeException;
			}
			throw new IOException(ex.getMessage(), last);
		}
	}

	private ExponentialBackOff exponentialBackOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.settings.initialDelay().toMillis(),
				this.settings.multiplier());
		backOff.setMaxInterval(this.settings.maxDelay().toMillis());
		backOff.setJitter(this.settings.initialDelay().toMillis() / 2);
		backOff.setMaxAttempts(this.settings.maxRetries());
		return backOff;
	}

	private boolean isTransientStatus(HttpMethod method, int status) {
		return TRANSIENT_STATUSES.contains(status) || (status == 500 && method == HttpMethod.GET);
	}

	private static boolean isTransient(Throwable failure) {
		if (failure instanceof TransientStatus) {
			return true;
		}
		return failure instanceof IOException && !(failure instanceof UnknownHostException)
				&& !(failure instanceof SSLException) && !(failure instanceof ProtocolException);
	}

	/** One attempt of a call; a transient answer is read, released and thrown for the template to judge. */
	private final class Attempt implements Retryable<ClientHttpResponse> {

		private final HttpRequest request;

		private final byte[] body;

		private final ClientHttpRequestExecution execution;

		private final RetryAfterBackOff backOff;

		Attempt(HttpRequest request, byte[] body, ClientHttpRequestExecution execution, RetryAfterBackOff backOff) {
			this.request = request;
			this.body = body;
			this.execution = execution;
			this.backOff = backOff;
		}

		@Override
		public ClientHttpResponse execute() throws IOException, TransientStatus {
			ClientHttpResponse response = this.execution.execute(this.request, this.body);
			int status = response.getStatusCode().value();
			if (!isTransientStatus(this.request.getMethod(), status)) {
				return response;
			}
			BufferedClientHttpResponse buffered = BufferedClientHttpResponse.readAndClose(response);
			this.backOff.nextWaitAtLeast(RetryAfter.parse(buffered.getHeaders().getFirst("Retry-After"),
					TransientFailureRetryInterceptor.this.clock));
			throw new TransientStatus(status, buffered);
		}

		@Override
		public String getName() {
			return this.request.getMethod() + " " + this.request.getURI().getPath();
		}

	}

	/** A transient answer, holding it in memory in case it is the last. */
	private static final class TransientStatus extends Exception {

		private final transient BufferedClientHttpResponse response;

		TransientStatus(int status, BufferedClientHttpResponse response) {
			super("transient answer " + status, null, false, false);
			this.response = response;
		}

	}

	/** Exponential waits, replaced by the server's {@code Retry-After} when it sent one. */
	private static final class RetryAfterBackOff implements BackOff {

		private final ExponentialBackOff exponential;

		private final long maxDelayMillis;

		private volatile @Nullable Duration retryAfter;

		RetryAfterBackOff(ExponentialBackOff exponential, Duration maxDelay) {
			this.exponential = exponential;
			this.maxDelayMillis = maxDelay.toMillis();
		}

		void nextWaitAtLeast(@Nullable Duration retryAfter) {
			this.retryAfter = retryAfter;
		}

		@Override
		public BackOffExecution start() {
			BackOffExecution execution = this.exponential.start();
			return () -> {
				long exponentialWait = execution.nextBackOff();
				Duration requested = this.retryAfter;
				this.retryAfter = null;
				if (exponentialWait == BackOffExecution.STOP || requested == null) {
					return exponentialWait;
				}
				return Math.min(requested.toMillis(), this.maxDelayMillis);
			};
		}

	}

}
