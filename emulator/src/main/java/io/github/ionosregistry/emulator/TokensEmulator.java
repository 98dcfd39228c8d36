package io.github.ionosregistry.emulator;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A local, in-memory IONOS Container Registry Tokens API on a free loopback port: the six operations with the
 * spec's JSON, status codes and headers, a one-time password on create, 400/401/404/409 answers with an
 * {@code ApiErrorResponse} body, and expiry (expired tokens are deleted). Any well-formed registry id names an
 * empty registry.
 * <p>
 * It runs on WireMock: {@link #wireMock()} gives request verification, and stubs added there (faults, delays,
 * canned answers) take precedence over the emulator.
 * <pre class="code">
 * try (TokensEmulator emulator = TokensEmulator.start()) {
 *     // ionos.registry.api-url = emulator.apiUrl(), ionos.registry.token = emulator.credentials().token()
 * }
 * </pre>
 */
public final class TokensEmulator implements AutoCloseable {

	/** The registry id that the test annotation and the sample use unless told otherwise. */
	public static final UUID DEFAULT_REGISTRY_ID = UUID.fromString("0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b");

	private static final int EMULATOR_PRIORITY = 100;

	private final WireMockServer server;

	private final TokenStore store;

	private final EmulatorCredentials credentials;

	private TokensEmulator(EmulatorCredentials credentials, Clock clock, int port) {
		this.credentials = credentials;
		this.store = new TokenStore(clock);
		TokensEmulatorTransformer transformer = new TokensEmulatorTransformer(this.store, credentials, this::apiUrl);
		WireMockConfiguration configuration = WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.notifier(new Slf4jNotifier(false))
			.extensions(transformer);
		this.server = new WireMockServer((port == 0) ? configuration.dynamicPort() : configuration.port(port));
		this.server.start();
		stubTheApi();
	}

	/**
	 * Starts an emulator that accepts the token {@value EmulatorCredentials#DEFAULT_TOKEN}.
	 * @return the running emulator
	 */
	public static TokensEmulator start() {
		return builder().start();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The base URL to set as {@code ionos.registry.api-url}, such as {@code http://127.0.0.1:40123}. */
	public String apiUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public int port() {
		return this.server.port();
	}

	/** The credentials the emulator accepts. */
	public EmulatorCredentials credentials() {
		return this.credentials;
	}

	/**
	 * Puts a token into a registry as if it had been created, without a request.
	 * @param registryId the registry
	 * @param token the token
	 * @return the token as stored
	 * @throws IllegalArgumentException if the registry holds a token with the same id or name
	 */
	public EmulatedToken seed(UUID registryId, EmulatedToken token) {
		return this.store.seed(registryId, token);
	}

	/** The tokens of a registry, in creation order. */
	public List<EmulatedToken> tokens(UUID registryId) {
		return this.store.tokens(registryId);
	}

	/** The token of a registry with that name. */
	public Optional<EmulatedToken> token(UUID registryId, String name) {
		return tokens(registryId).stream().filter((token) -> token.name().equals(name)).findFirst();
	}

	/** The WireMock server under the emulator, for verification and for stubs that override it. */
	public WireMockServer wireMock() {
		return this.server;
	}

	/** Forgets every token, every request and every stub added through {@link #wireMock()}. */
	public void reset() {
		this.store.clear();
		this.server.resetAll();
		stubTheApi();
	}

	public void stop() {
		this.server.stop();
	}

	@Override
	public void close() {
		stop();
	}

	private void stubTheApi() {
		this.server.stubFor(WireMock.any(WireMock.urlPathMatching("/registries/.*"))
			.atPriority(EMULATOR_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(TokensEmulatorTransformer.NAME)));
	}

	/** Options of an emulator. */
	public static final class Builder {

		private EmulatorCredentials credentials = EmulatorCredentials.token(EmulatorCredentials.DEFAULT_TOKEN);

		private Clock clock = Clock.systemUTC();

		private int port;

		private Builder() {
		}

		public Builder credentials(EmulatorCredentials credentials) {
			this.credentials = credentials;
			return this;
		}

		/** The clock that decides creation dates and expiry; the system clock by default. */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/** A fixed port; a free one by default. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		public TokensEmulator start() {
			return new TokensEmulator(this.credentials, this.clock, this.port);
		}

	}

}
