package io.github.ionosregistry.emulator;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A local, in-memory IONOS Container Registry Tokens API on a loopback port: the six operations with the spec's
 * JSON, status codes and headers, a one-time password on create, 400/401/404/409 answers with an
 * {@code ApiErrorResponse} body, and expiry (expired tokens are deleted). Any well-formed registry id names an
 * empty registry.
 * <p>
 * It runs on WireMock: {@link #wireMock()} gives request verification, and stubs added there (faults, delays,
 * canned answers) take precedence over the emulator. It can also delay every answer, inject faults at a seeded
 * rate, and keep its tokens in a file across restarts.
 * <pre class="code">
 * try (TokensEmulator emulator = TokensEmulator.start()) {
 *     // API URL: emulator.apiUrl(), token: emulator.credentials().token()
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class TokensEmulator implements AutoCloseable {

	/** The registry id that the test annotation and the sample use unless told otherwise. */
	public static final UUID DEFAULT_REGISTRY_ID = UUID.fromString("0b0e5f5a-7c1d-4e2f-9a3b-5c6d7e8f9a0b");

	/** The issuer of the registry tokens that {@code /auth/token} signs: a registry's {@code auth.token.issuer}. */
	public static final String AUTH_ISSUER = "ionos-registry-emulator";

	private static final int EMULATOR_PRIORITY = 100;

	private static final int CONTAINER_THREADS = 100;

	private static final System.Logger LOGGER = System.getLogger(TokensEmulator.class.getName());

	private final WireMockServer server;

	private final TokenStore store;

	private final EmulatorCredentials credentials;

	private final FaultInjector faults;

	private final Map<UUID, EmulatedRegistry> namedRegistries = new ConcurrentHashMap<>();

	private final Map<UUID, EmulatedRegistry> registriesOfTheBuilder;

	private final Supplier<RegistryAuthKey> authKey;

	private TokensEmulator(Builder options) {
		this.registriesOfTheBuilder = Map.copyOf(options.registries);
		this.namedRegistries.putAll(this.registriesOfTheBuilder);
		this.credentials = options.credentials;
		this.faults = options.faults;
		StateFile stateFile = options.stateFile;
		this.store = new TokenStore(options.clock, (stateFile != null) ? (state) -> save(stateFile, state) : (state) -> {
		});
		if (stateFile != null) {
			this.store.load(stateFile.load());
		}
		Path authKeyFile = options.authKeyFile;
		this.authKey = (authKeyFile != null) ? once(RegistryAuthKey.readOrCreate(authKeyFile))
				: memoized(RegistryAuthKey::generate);
		TokensEmulatorTransformer transformer = new TokensEmulatorTransformer(this.store, this.credentials,
				this::apiUrl, this.faults, options.latency, this::registry, OffsetDateTime.now(options.clock),
				new RegistryLogin(this.store, this::registryWithHostname, this.authKey), sharedThrough(stateFile));
		WireMockConfiguration configuration = WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			// Enough to serve dozens of callers at once, as a load test or a latency benchmark has.
			.containerThreads(CONTAINER_THREADS)
			.notifier(new Slf4jNotifier(false))
			.httpServerFactory(new EmulatorHttpServerFactory(options.adminApi))
			.adminAuthenticator(this::isAdmin)
			.extensions(transformer, new WireMockHeaders());
		if (options.requestJournalEntries > 0) {
			configuration.maxRequestJournalEntries(options.requestJournalEntries);
		}
		else {
			configuration.disableRequestJournal();
		}
		this.server = new WireMockServer(
				(options.port == 0) ? configuration.dynamicPort() : configuration.port(options.port));
		Consumer<String> requestLog = options.requestLog;
		if (requestLog != null) {
			this.server.addMockServiceRequestListener((request, response) -> requestLog
				.accept(request.getMethod() + " " + request.getUrl() + " " + response.getStatus()));
		}
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

	/**
	 * The base URL to set as {@code ionos.registry.api-url}, such as {@code http://127.0.0.1:40123}. The emulator
	 * serves the API there and under {@code /containerregistries}, where the real API is, so that a tool that appends
	 * that path to a host (as the IONOS Go SDK does with {@code IONOS_API_URL}) reaches it too.
	 */
	public String apiUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public int port() {
		return this.server.port();
	}

	/**
	 * Where a registry sends its clients for a token (a registry's {@code auth.token.realm}):
	 * {@code <apiUrl>/auth/token}. It takes HTTP Basic credentials: a token's name and its one-time password.
	 */
	public String authRealm() {
		return apiUrl() + RegistryLogin.PATH;
	}

	/**
	 * The PEM certificate of the key that signs the registry tokens: a registry trusts them with it as its root
	 * certificate bundle ({@code auth.token.rootcertbundle}).
	 */
	public String authCertificatePem() {
		return this.authKey.get().certificatePem();
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
		return this.store.seed(registryId, token, null);
	}

	/**
	 * Puts a token into a registry as if it had been created with that password, without a request: a registry login
	 * ({@link #authRealm()}) then takes the token's name and this password.
	 * @param registryId the registry
	 * @param token the token
	 * @param password its password
	 * @return the token as stored
	 * @throws IllegalArgumentException if the registry holds a token with the same id or name
	 */
	public EmulatedToken seed(UUID registryId, EmulatedToken token, String password) {
		return this.store.seed(registryId, token, password);
	}

	/**
	 * The registry an id names, as {@code GET /registries/{registryId}} answers it.
	 * @param registryId the registry id
	 * @return the registry: the one named for that id, else {@code registry-<first 8 hex digits>}
	 */
	public EmulatedRegistry registry(UUID registryId) {
		EmulatedRegistry named = this.namedRegistries.get(registryId);
		return (named != null) ? named : EmulatedRegistry.unnamed(registryId);
	}

	/**
	 * The registry with that hostname: a named one, or one that holds tokens.
	 * @param hostname the hostname, as a registry login's {@code service} gives it; compared ignoring case
	 * @return its id, if some registry has it
	 */
	Optional<UUID> registryWithHostname(String hostname) {
		return Stream.concat(this.namedRegistries.keySet().stream(), this.store.registryIds().stream())
			.filter((id) -> registry(id).hostname().equalsIgnoreCase(hostname))
			.findFirst();
	}

	/**
	 * Names a registry, for its answers from now on.
	 * @param registry the registry
	 */
	public void nameRegistry(EmulatedRegistry registry) {
		this.namedRegistries.put(registry.id(), registry);
	}

	/** The tokens of a registry, in creation order. */
	public List<EmulatedToken> tokens(UUID registryId) {
		return this.store.tokens(registryId);
	}

	/** The token of a registry with that name. */
	public Optional<EmulatedToken> token(UUID registryId, String name) {
		return tokens(registryId).stream().filter((token) -> token.name().equals(name)).findFirst();
	}

	/** How many faults of each kind were injected so far (see {@link Builder#faults}). */
	public Map<EmulatorFault, Integer> injectedFaults() {
		return this.faults.injected();
	}

	/** The WireMock server under the emulator, for verification and for stubs that override it. */
	public WireMockServer wireMock() {
		return this.server;
	}

	/**
	 * Forgets every token, every request, every stub added through {@link #wireMock()} and every registry named
	 * since it started.
	 */
	public void reset() {
		this.store.clear();
		this.namedRegistries.clear();
		this.namedRegistries.putAll(this.registriesOfTheBuilder);
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

	/**
	 * With a state file, each request runs under the file's lock on the tokens as the file holds them, so that
	 * emulators of several processes on one file (two runs of a CLI at once) see and keep each other's changes.
	 */
	private UnaryOperator<Supplier<ResponseDefinition>> sharedThrough(@Nullable StateFile stateFile) {
		if (stateFile == null) {
			return UnaryOperator.identity();
		}
		return (request) -> () -> stateFile.locked(() -> {
			this.store.load(stateFile.load());
			return request.get();
		});
	}

	private static void save(StateFile stateFile, Map<UUID, List<StoredToken>> state) {
		try {
			stateFile.save(state);
		}
		catch (UncheckedIOException ex) {
			LOGGER.log(System.Logger.Level.ERROR, ex.getMessage());
			throw EmulatorException.stateNotSaved();
		}
	}

	private boolean isAdmin(com.github.tomakehurst.wiremock.http.Request request) {
		try {
			this.credentials.authenticate(request.getHeader("Authorization"));
			return true;
		}
		catch (EmulatorException ex) {
			return false;
		}
	}

	private static <T> Supplier<T> once(T value) {
		return () -> value;
	}

	private static <T> Supplier<T> memoized(Supplier<T> supplier) {
		return new Supplier<>() {

			private @Nullable T value;

			@Override
			public synchronized T get() {
				T made = this.value;
				if (made == null) {
					made = supplier.get();
					this.value = made;
				}
				return made;
			}

		};
	}

	private void stubTheApi() {
		this.server.stubFor(WireMock.any(WireMock.anyUrl())
			.atPriority(EMULATOR_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(TokensEmulatorTransformer.NAME)));
	}

	/** Options of an emulator. */
	public static final class Builder {

		private EmulatorCredentials credentials = EmulatorCredentials.token(EmulatorCredentials.DEFAULT_TOKEN);

		private Clock clock = Clock.systemUTC();

		private int port;

		private Duration latency = Duration.ZERO;

		private FaultInjector faults = FaultInjector.none();

		private @Nullable StateFile stateFile;

		private @Nullable Consumer<String> requestLog;

		private boolean adminApi;

		private int requestJournalEntries;

		private @Nullable Path authKeyFile;

		private final Map<UUID, EmulatedRegistry> registries = new LinkedHashMap<>();

		private Builder() {
		}

		/** Names a registry; others are named {@code registry-<first 8 hex digits of the id>}. */
		public Builder registry(EmulatedRegistry registry) {
			this.registries.put(registry.id(), registry);
			return this;
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
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("the port must be from 0 (any free port) to 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/** Delays every answer by this long, as a remote service would; none by default. */
		public Builder latency(Duration latency) {
			if (latency == null || latency.isNegative()) {
				throw new IllegalArgumentException("the latency must be zero or more, was " + latency);
			}
			this.latency = latency;
			return this;
		}

		/**
		 * Fails that share of the API's requests, each kind of {@link EmulatorFault} alike, reproducibly for a seed:
		 * the same requests in the same order meet the same faults. Registry logins ({@link #authRealm()}), which
		 * stand for the registry's own token service, never fail.
		 * @param rate from 0 (none) to 1 (every request)
		 * @param seed the seed of the random sequence
		 * @param kinds the faults to inject; all kinds if none are given
		 * @return this builder
		 */
		public Builder faults(double rate, long seed, EmulatorFault... kinds) {
			this.faults = new FaultInjector(rate, seed, (kinds.length > 0) ? kinds : EmulatorFault.values());
			return this;
		}

		/**
		 * Keeps the tokens in a JSON file: loaded at start, written after every change. Passwords are not kept.
		 * @param stateFile the file, created when the first change is made
		 * @return this builder
		 */
		public Builder stateFile(Path stateFile) {
			return stateFile(new StateFile(stateFile));
		}

		Builder stateFile(StateFile stateFile) {
			this.stateFile = stateFile;
			return this;
		}

		/**
		 * Serves WireMock's admin API over HTTP ({@code /__admin}), to callers with the emulator's credentials
		 * only. Off by default: then {@code /__admin} answers 404 like any path the API does not have. The
		 * emulator's own process reaches WireMock through {@link TokensEmulator#wireMock()} either way.
		 * @param adminApi whether to serve the admin API
		 * @return this builder
		 */
		public Builder adminApi(boolean adminApi) {
			this.adminApi = adminApi;
			return this;
		}

		/**
		 * Keeps the last requests and their answers, for {@code wireMock().verify(...)} and
		 * {@code getAllServeEvents()} in tests. Off by default, as it holds whatever the callers send (their
		 * {@code Authorization} headers) and answer bodies (one-time passwords).
		 * @param maxEntries how many requests to keep, 1 or more
		 * @return this builder
		 */
		public Builder requestJournal(int maxEntries) {
			if (maxEntries < 1) {
				throw new IllegalArgumentException("the request journal must keep at least 1 request, was " + maxEntries);
			}
			this.requestJournalEntries = maxEntries;
			return this;
		}

		/**
		 * Signs registry tokens with the key in that PEM file (its EC private key and certificate), made and written
		 * there (owner-only) if the file does not exist: an emulator restarted with the same file keeps the
		 * certificate that registries trust. Without it, a key is made when first needed and lives as long as the
		 * emulator.
		 * @param authKeyFile the file
		 * @return this builder
		 */
		public Builder authKey(Path authKeyFile) {
			this.authKeyFile = authKeyFile;
			return this;
		}

		/** Receives a line per request: method, path and query, status. Never a credential or a password. */
		public Builder requestLog(Consumer<String> requestLog) {
			this.requestLog = requestLog;
			return this;
		}

		/**
		 * Starts the emulator.
		 * @return the running emulator
		 * @throws IllegalArgumentException if the state file or the auth key file cannot be read
		 */
		public TokensEmulator start() {
			return new TokensEmulator(this);
		}

	}

}
