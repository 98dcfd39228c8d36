package io.github.ionosregistry.tokens.internal.http.jdk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.github.ionosregistry.tokens.internal.http.ResponseTooLargeException;
import io.github.ionosregistry.tokens.internal.http.jdk.BoundedBodySubscriber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Collecting an answer's body on the JDK client within a limit: whole when it fits, failed or cut (for an error
 * answer's start) when it does not, and cancelled when aborted, before or after the body began.
 */
class BoundedBodySubscriberTests {

	@Test
	void aBodyWithinTheLimitIsCollectedWhole() throws Exception {
		BoundedBodySubscriber subscriber = new BoundedBodySubscriber(10, false);
		Subscription subscription = subscribe(subscriber);
		subscriber.onNext(List.of(bytes("hello "), bytes("json")));
		subscriber.onComplete();
		assertThat(text(subscriber)).isEqualTo("hello json");
		assertThat(subscription.requested).hasValue(Long.MAX_VALUE);
	}

	@Test
	void aLongerBodyFailsAndCancelsItsReading() {
		BoundedBodySubscriber subscriber = new BoundedBodySubscriber(4, false);
		Subscription subscription = subscribe(subscriber);
		subscriber.onNext(List.of(bytes("abc"), bytes("def")));
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> subscriber.getBody().toCompletableFuture().get())
			.withCauseInstanceOf(ResponseTooLargeException.class)
			.withMessageContaining("larger than the max-response-size");
		assertThat(subscription.cancelled).isTrue();
	}

	@Test
	void theStartOfALongerErrorBodyIsKept() throws Exception {
		BoundedBodySubscriber subscriber = new BoundedBodySubscriber(4, true);
		Subscription subscription = subscribe(subscriber);
		subscriber.onNext(List.of(bytes("abc"), bytes("def")));
		assertThat(text(subscriber)).isEqualTo("abcd");
		assertThat(subscription.cancelled).isTrue();
	}

	@Test
	void anAbortBeforeTheBodyBeganCancelsItAsSoonAsItBegins() {
		BoundedBodySubscriber subscriber = new BoundedBodySubscriber(10, false);
		subscriber.abort(new IOException("the deadline passed"));
		Subscription subscription = subscribe(subscriber);
		assertThat(subscription.cancelled).isTrue();
		assertThat(subscription.requested).hasValue(0);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> subscriber.getBody().toCompletableFuture().get())
			.withMessageContaining("the deadline passed");
	}

	@Test
	void anAbortWhileReadingEndsTheBody() {
		BoundedBodySubscriber subscriber = new BoundedBodySubscriber(10, false);
		Subscription subscription = subscribe(subscriber);
		subscriber.onNext(List.of(bytes("abc")));
		subscriber.abort(new IOException("the deadline passed"));
		subscriber.onNext(List.of(bytes("def")));
		assertThat(subscription.cancelled).isTrue();
		assertThat(subscriber.getBody().toCompletableFuture()).isCompletedExceptionally();
	}

	private static Subscription subscribe(BoundedBodySubscriber subscriber) {
		Subscription subscription = new Subscription();
		subscriber.onSubscribe(subscription);
		return subscription;
	}

	private static ByteBuffer bytes(String text) {
		return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(BoundedBodySubscriber subscriber) throws Exception {
		return new String(subscriber.getBody().toCompletableFuture().get(), StandardCharsets.UTF_8);
	}

	private static final class Subscription implements Flow.Subscription {

		final AtomicLong requested = new AtomicLong();

		final AtomicBoolean cancelled = new AtomicBoolean();

		@Override
		public void request(long n) {
			this.requested.addAndGet(n);
		}

		@Override
		public void cancel() {
			this.cancelled.set(true);
		}

	}

}
