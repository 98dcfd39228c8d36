package io.github.ionosregistry.tokens.internal.http.jdk;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import io.github.ionosregistry.tokens.internal.http.ResponseBodies;
import io.github.ionosregistry.tokens.internal.http.ResponseTooLargeException;
import org.jspecify.annotations.Nullable;

/**
 * Collects a JDK {@code HttpClient} answer's body up to a limit. Past the limit it either fails (a success answer
 * must be whole) or ends with what it has (an error answer is kept in part); either way it cancels its subscription,
 * which closes the connection instead of reading the rest. It can be aborted from another thread when the exchange's
 * deadline passes.
 */
public final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

	private final long limit;

	private final boolean keepStartOfLongerBody;

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private final List<ByteBuffer> received = new ArrayList<>();

	private long length;

	private volatile Flow.@Nullable Subscription subscription;

	/**
	 * A subscriber.
	 * @param limit the most bytes collected
	 * @param keepStartOfLongerBody whether a longer body ends the collection ({@code true}) or fails it
	 */
	BoundedBodySubscriber(long limit, boolean keepStartOfLongerBody) {
		this.limit = limit;
		this.keepStartOfLongerBody = keepStartOfLongerBody;
	}

	/**
	 * A subscriber that has already failed, for an answer whose declared length is refused.
	 * @param failure why
	 * @return the subscriber
	 */
	static BoundedBodySubscriber failed(IOException failure) {
		BoundedBodySubscriber subscriber = new BoundedBodySubscriber(0, false);
		subscriber.result.completeExceptionally(failure);
		return subscriber;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (this.result.isDone()) {
			subscription.cancel();
		}
		else {
			subscription.request(Long.MAX_VALUE);
		}
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.result.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			long room = this.limit - this.length;
			if (buffer.remaining() > room) {
				if (!this.keepStartOfLongerBody) {
					abort(new ResponseTooLargeException("the answer is larger than the max-response-size of "
							+ ResponseBodies.format(this.limit) + "; the rest was not read"));
					return;
				}
				buffer.limit(buffer.position() + (int) room);
				add(buffer);
				finish();
				cancel();
				return;
			}
			add(buffer);
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.result.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		finish();
	}

	/**
	 * Ends the collection with a failure and closes the connection.
	 * @param failure why
	 */
	void abort(IOException failure) {
		this.result.completeExceptionally(failure);
		cancel();
	}

	private void add(ByteBuffer buffer) {
		this.length += buffer.remaining();
		this.received.add(buffer);
	}

	private void finish() {
		byte[] body = new byte[(int) this.length];
		int position = 0;
		for (ByteBuffer buffer : this.received) {
			int count = buffer.remaining();
			buffer.get(body, position, count);
			position += count;
		}
		this.result.complete(body);
	}

	private void cancel() {
		Flow.Subscription subscription = this.subscription;
		if (subscription != null) {
			subscription.cancel();
		}
	}

}
