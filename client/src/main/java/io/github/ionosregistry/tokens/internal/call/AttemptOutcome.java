package io.github.ionosregistry.tokens.internal.call;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Set;

import javax.net.ssl.SSLException;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.internal.http.DeadlineExceededException;
import io.github.ionosregistry.tokens.internal.http.ResponseTooLargeException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.ResourceAccessException;

/**
 * What a failed attempt tells about the service's state, which decides whether a repeat is safe.
 */
public enum AttemptOutcome {

	/** Nothing happened: the request was never sent (connection refused or not made in time), or answered 429. */
	NOT_PROCESSED,

	/**
	 * It may or may not have happened: the connection failed after the request was sent, no answer came in time,
	 * or a gateway answered 502, 503 or 504.
	 */
	UNKNOWN,

	/** The service failed with 500 while processing: a change may have been made in part. */
	SERVER_ERROR,

	/**
	 * A repeat would fail the same way: any other answer, an unknown host, a TLS or protocol failure, an answer too
	 * large.
	 */
	FINAL;

	private static final Set<Integer> GATEWAY_STATUSES = Set.of(502, 503, 504);

	/** Apache HttpClient's connect time-out, named so that its classes need not be on the class path. */
	private static final String HTTP_COMPONENTS_CONNECT_TIMEOUT = "org.apache.hc.client5.http.ConnectTimeoutException";

	static AttemptOutcome of(RuntimeException failure) {
		if (failure instanceof IonosApiException answer) {
			return ofStatus(answer.getStatusCode().value());
		}
		if (failure instanceof ClassifiedCommunicationException classified) {
			return classified.outcome();
		}
		IOException ioFailure = ioFailure(failure);
		return (ioFailure != null) ? ofIoFailure(ioFailure) : FINAL;
	}

	/**
	 * What an I/O failure of an exchange tells about the service's state.
	 * @param failure the failure
	 * @return the outcome
	 */
	static AttemptOutcome ofIoFailure(IOException failure) {
		if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
				|| failure instanceof HttpConnectTimeoutException || isHttpComponentsConnectTimeout(failure)
				|| (failure instanceof DeadlineExceededException exceeded && exceeded.beforeSending())) {
			return NOT_PROCESSED;
		}
		if (failure instanceof UnknownHostException || failure instanceof SSLException
				|| failure instanceof ProtocolException || failure instanceof ResponseTooLargeException) {
			return FINAL;
		}
		return UNKNOWN;
	}

	/**
	 * Names a failure for logs and metrics: the status of an answer, else the class of the I/O failure.
	 * @param failure the failure
	 * @return such as {@code 503} or {@code SocketTimeoutException}
	 */
	static String reason(RuntimeException failure) {
		if (failure instanceof IonosApiException answer) {
			return String.valueOf(answer.getStatusCode().value());
		}
		IOException ioFailure = ioFailure(failure);
		return ((ioFailure != null) ? ioFailure : failure).getClass().getSimpleName();
	}

	private static AttemptOutcome ofStatus(int status) {
		if (status == 429) {
			return NOT_PROCESSED;
		}
		if (GATEWAY_STATUSES.contains(status)) {
			return UNKNOWN;
		}
		return (status == 500) ? SERVER_ERROR : FINAL;
	}

	private static boolean isHttpComponentsConnectTimeout(IOException failure) {
		return failure instanceof InterruptedIOException
				&& failure.getClass().getName().equals(HTTP_COMPONENTS_CONNECT_TIMEOUT);
	}

	/** The I/O failure of an exchange; a body that could not be decoded is not one. */
	private static @Nullable IOException ioFailure(RuntimeException failure) {
		if (!(failure instanceof IonosCommunicationException)) {
			return null;
		}
		Throwable cause = failure.getCause();
		if (cause instanceof ResourceAccessException access) {
			cause = access.getCause();
		}
		return (cause instanceof IOException ioFailure) ? ioFailure : null;
	}

}
