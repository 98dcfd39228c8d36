package io.github.ionosregistry.tokens.internal.http;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ionosregistry.tokens.internal.http.LazyRequestFactory;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The HTTP client the API owns: built once, on first use; closed with the API, and refused after; replaced after an
 * {@link Error}.
 */
class LazyRequestFactoryTests {

	private final AtomicInteger built = new AtomicInteger();

	private final AtomicInteger closed = new AtomicInteger();

	private ClientHttpRequestFactory newFactory() {
		this.built.incrementAndGet();
		return new ClosingFactory();
	}

	@Test
	void theClientIsBuiltOnFirstUseOnly() throws Exception {
		LazyRequestFactory lazy = new LazyRequestFactory(this::newFactory);
		assertThat(this.built).hasValue(0);
		ClientHttpRequestFactory first = lazy.requestFactory();
		assertThat(lazy.requestFactory()).isSameAs(first);
		lazy.createRequest(URI.create("http://127.0.0.1:1/"), HttpMethod.GET);
		assertThat(this.built).hasValue(1);
	}

	@Test
	void closingClosesTheBuiltClientOnceAndRefusesLaterCalls() throws Exception {
		LazyRequestFactory lazy = new LazyRequestFactory(this::newFactory);
		lazy.requestFactory();
		lazy.close();
		lazy.close();
		assertThat(this.closed).hasValue(1);
		assertThat(lazy.isClosed()).isTrue();
		assertThatIllegalStateException().isThrownBy(lazy::checkOpen).withMessage("The TokensApi has been closed");
		assertThatIllegalStateException().isThrownBy(lazy::requestFactory).withMessage("The TokensApi has been closed");
	}

	@Test
	void closingBeforeAnyUseBuildsNothing() throws Exception {
		LazyRequestFactory lazy = new LazyRequestFactory(this::newFactory);
		lazy.close();
		assertThat(this.built).hasValue(0);
		assertThat(this.closed).hasValue(0);
	}

	@Test
	void anErrorReplacesTheClientWithANewOneOnNextUse() {
		LazyRequestFactory lazy = new LazyRequestFactory(this::newFactory);
		ClientHttpRequestFactory first = lazy.requestFactory();
		lazy.discardAfter(new OutOfMemoryError("simulated"));
		assertThat(this.closed).hasValue(1);
		ClientHttpRequestFactory second = lazy.requestFactory();
		assertThat(second).isNotSameAs(first);
		assertThat(this.built).hasValue(2);
	}

	/** A factory that counts its closing. */
	private final class ClosingFactory extends SimpleClientHttpRequestFactory implements AutoCloseable {

		@Override
		public void close() {
			LazyRequestFactoryTests.this.closed.incrementAndGet();
		}

	}

}
