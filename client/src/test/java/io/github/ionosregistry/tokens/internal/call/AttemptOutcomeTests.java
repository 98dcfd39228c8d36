package io.github.ionosregistry.tokens.internal.call;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.internal.http.ResponseTooLargeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AttemptOutcome}: what each failure tells about the service's state, which decides whether a retry
 * is safe.
 */
class AttemptOutcomeTests {

	private static final URI URI = java.net.URI.create("https://api.example.com/registries/r/tokens");

	@ParameterizedTest
	@CsvSource({ "429, NOT_PROCESSED", "502, UNKNOWN", "503, UNKNOWN", "504, UNKNOWN", "500, SERVER_ERROR",
			"400, FINAL", "401, FINAL", "404, FINAL", "409, FINAL", "422, FINAL", "501, FINAL" })
	void aStatusTellsWhetherTheRequestWasProcessed(int status, AttemptOutcome expected) {
		IonosApiException failure = new IonosApiException(HttpMethod.GET, URI, HttpStatusCode.valueOf(status),
				List.of(), null);
		assertThat(AttemptOutcome.of(failure)).isEqualTo(expected);
		assertThat(AttemptOutcome.reason(failure)).isEqualTo(Integer.toString(status));
	}

	@Test
	void aFailureBeforeSendingIsNotProcessed() {
		assertThat(AttemptOutcome.ofIoFailure(new ConnectException())).isEqualTo(AttemptOutcome.NOT_PROCESSED);
		assertThat(AttemptOutcome.ofIoFailure(new NoRouteToHostException())).isEqualTo(AttemptOutcome.NOT_PROCESSED);
		assertThat(AttemptOutcome.ofIoFailure(new HttpConnectTimeoutException("connect")))
			.isEqualTo(AttemptOutcome.NOT_PROCESSED);
	}

	@Test
	void aFailureThatARetryWouldMeetAgainIsFinal() {
		assertThat(AttemptOutcome.ofIoFailure(new UnknownHostException())).isEqualTo(AttemptOutcome.FINAL);
		assertThat(AttemptOutcome.ofIoFailure(new SSLHandshakeException("pkix"))).isEqualTo(AttemptOutcome.FINAL);
		assertThat(AttemptOutcome.ofIoFailure(new ProtocolException())).isEqualTo(AttemptOutcome.FINAL);
		assertThat(AttemptOutcome.ofIoFailure(new ResponseTooLargeException("large")))
			.isEqualTo(AttemptOutcome.FINAL);
	}

	@Test
	void aFailureAfterSendingIsUnknown() {
		assertThat(AttemptOutcome.ofIoFailure(new SocketTimeoutException())).isEqualTo(AttemptOutcome.UNKNOWN);
		assertThat(AttemptOutcome.ofIoFailure(new EOFException())).isEqualTo(AttemptOutcome.UNKNOWN);
		assertThat(AttemptOutcome.ofIoFailure(new IOException("reset"))).isEqualTo(AttemptOutcome.UNKNOWN);
	}

	@Test
	void aCommunicationFailureIsJudgedByItsCauseUnlessItWasClassified() {
		IonosCommunicationException refused = new IonosCommunicationException(HttpMethod.GET, URI, "refused",
				new ResourceAccessException("refused", new ConnectException()));
		assertThat(AttemptOutcome.of(refused)).isEqualTo(AttemptOutcome.NOT_PROCESSED);
		assertThat(AttemptOutcome.reason(refused)).isEqualTo("ConnectException");
		IonosCommunicationException classified = new ClassifiedCommunicationException(HttpMethod.GET, URI, "lost",
				new ConnectException(), AttemptOutcome.UNKNOWN);
		assertThat(AttemptOutcome.of(classified)).isEqualTo(AttemptOutcome.UNKNOWN);
		IonosCommunicationException unreadable = new IonosCommunicationException(HttpMethod.GET, URI, "unreadable",
				null);
		assertThat(AttemptOutcome.of(unreadable)).isEqualTo(AttemptOutcome.FINAL);
		assertThat(AttemptOutcome.of(new IllegalStateException())).isEqualTo(AttemptOutcome.FINAL);
	}

}
