package io.github.ionosregistry.tokens;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import io.github.ionosregistry.tokens.internal.ApiUrl;
import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.internal.SettingRules;
import io.github.ionosregistry.tokens.internal.call.CallRetrier;
import io.github.ionosregistry.tokens.internal.call.RestClientRegistriesApi;
import io.github.ionosregistry.tokens.internal.call.RestClientTokensApi;
import io.github.ionosregistry.tokens.internal.call.RestClientTransport;
import io.github.ionosregistry.tokens.model.Scope;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link TokensApi}; start with {@link TokensApi#builder()}. Only credentials are required; everything
 * else has the defaults of the Spring Boot starter:
 * <pre class="code">
 * TokensApi tokensApi = TokensApi.builder()
 *     .credentials(IonosCredentials.token(System.getenv("IONOS_TOKEN")))
 *     .build();
 * </pre>
 * Requests go to {@value #DEFAULT_API_URL} over https (plain http only to a loopback host, such as a local
 * emulator), never follow a redirect (credentials must not reach another host), time out after
 * {@link #DEFAULT_CONNECT_TIMEOUT} connecting and {@link #DEFAULT_READ_TIMEOUT} reading; an attempt ends within
 * {@link #DEFAULT_ATTEMPT_TIMEOUT} and a call, with its repeats ({@link RetrySettings#defaults()}) and waits, within
 * {@link #DEFAULT_CALL_TIMEOUT}; an answer longer than {@link #DEFAULT_MAX_RESPONSE_SIZE} is refused. Unless given a
 * request factory, the API builds its HTTP client on the first request ({@link HttpClientLibrary#detect()}) with at
 * most {@value #DEFAULT_MAX_CONNECTIONS} connections and the JVM's proxy settings, and releases it on
 * {@link TokensApi#close()}. Each setter checks its argument at once and throws {@link IllegalArgumentException}
 * naming the problem.
 *
 * @since 0.1.0
 */
public final class TokensApiBuilder {

	public static final String DEFAULT_API_URL = ApiUrl.DEFAULT;

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	public static final int DEFAULT_MAX_CONNECTIONS = 50;

	/** The header that names the IONOS contract a request is made for. */
	public static final String CONTRACT_NUMBER_HEADER = "X-Contract-Number";

	public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

	public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

	/** Room for the largest page the client asks for, 1000 tokens, at about 1 KB a token, four times over. */
	public static final DataSize DEFAULT_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(4);

	/** The most a {@code max-response-size} can be: a response is held in memory whole. */
	public static final DataSize LARGEST_MAX_RESPONSE_SIZE = SettingRules.LARGEST_MAX_RESPONSE_SIZE;

	private URI apiUrl = URI.create(DEFAULT_API_URL);

	private @Nullable IonosCredentialsProvider credentials;

	private final HttpClientSetup httpClient = new HttpClientSetup();

	private final RestClientSetup restClient = new RestClientSetup();

	private RetrySettings retry = RetrySettings.defaults();

	private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;

	private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

	private @Nullable ObservationRegistry observationRegistry;

	private ScopeWords scopeWords = ScopeWords.DOCUMENTED;

	TokensApiBuilder() {
	}

	/**
	 * The API's base URL; {@value #DEFAULT_API_URL} by default.
	 * @param apiUrl an absolute https URL, or http to a loopback host
	 * @return this builder
	 */
	public TokensApiBuilder apiUrl(String apiUrl) {
		this.apiUrl = ApiUrl.parse(Arguments.requireNonNull(apiUrl, "apiUrl"));
		return this;
	}

	/**
	 * Credentials that never change.
	 * @param credentials a token or a user name and password
	 * @return this builder
	 */
	public TokensApiBuilder credentials(IonosCredentials credentials) {
		this.credentials = IonosCredentialsProvider.of(credentials);
		return this;
	}

	/**
	 * Where to get the credentials for each request, for credentials that change while the application runs.
	 * @param credentialsProvider the provider
	 * @return this builder
	 */
	public TokensApiBuilder credentialsProvider(IonosCredentialsProvider credentialsProvider) {
		this.credentials = Arguments.requireNonNull(credentialsProvider, "credentialsProvider");
		return this;
	}

	/**
	 * The {@code User-Agent} header; {@code ionos-registry-client/<version>} by default.
	 * @param userAgent the header value
	 * @return this builder
	 */
	public TokensApiBuilder userAgent(String userAgent) {
		if (!SettingRules.isUserAgent(userAgent)) {
			throw new IllegalArgumentException("userAgent must not be blank");
		}
		this.restClient.userAgent(userAgent.strip());
		return this;
	}

	/**
	 * The time-out for establishing a connection; {@link #DEFAULT_CONNECT_TIMEOUT} by default.
	 * @param connectTimeout a positive duration
	 * @return this builder
	 */
	public TokensApiBuilder connectTimeout(Duration connectTimeout) {
		this.httpClient.connectTimeout(Arguments.requirePositive(connectTimeout, "connectTimeout"));
		return this;
	}

	/**
	 * The time-out for reading an answer; {@link #DEFAULT_READ_TIMEOUT} by default.
	 * @param readTimeout a positive duration
	 * @return this builder
	 */
	public TokensApiBuilder readTimeout(Duration readTimeout) {
		this.httpClient.readTimeout(Arguments.requirePositive(readTimeout, "readTimeout"));
		return this;
	}

	/**
	 * How long one attempt may take, from sending the request to the answer's last byte, the wait for a pooled
	 * connection included; {@link #DEFAULT_ATTEMPT_TIMEOUT} by default. An attempt past it is aborted (its connection
	 * closed) and may be repeated like a read time-out.
	 * @param attemptTimeout a positive duration
	 * @return this builder
	 */
	public TokensApiBuilder attemptTimeout(Duration attemptTimeout) {
		this.attemptTimeout = Arguments.requirePositive(attemptTimeout, "attemptTimeout");
		return this;
	}

	/**
	 * How long a call may take with all its attempts and the waits between them; {@link #DEFAULT_CALL_TIMEOUT} by
	 * default. No repeat starts that would end after it, and an attempt still running when it passes is aborted.
	 * @param callTimeout a positive duration
	 * @return this builder
	 */
	public TokensApiBuilder callTimeout(Duration callTimeout) {
		this.callTimeout = Arguments.requirePositive(callTimeout, "callTimeout");
		return this;
	}

	/**
	 * The longest answer accepted, as the HTTP client gives it (decompressed, if it decompresses);
	 * {@link #DEFAULT_MAX_RESPONSE_SIZE} by default. A longer answer fails the call and its connection is closed
	 * rather than read to its end.
	 * @param maxResponseSize from 1KB to {@link #LARGEST_MAX_RESPONSE_SIZE}
	 * @return this builder
	 */
	public TokensApiBuilder maxResponseSize(DataSize maxResponseSize) {
		Arguments.requireNonNull(maxResponseSize, "maxResponseSize");
		if (!SettingRules.isMaxResponseSize(maxResponseSize)) {
			throw new IllegalArgumentException("maxResponseSize must be " + SettingRules.MAX_RESPONSE_SIZE_RANGE
					+ ", was " + maxResponseSize.toBytes() + "B");
		}
		this.httpClient.maxResponseSize(maxResponseSize);
		return this;
	}

	/**
	 * The library of the HTTP client the API builds for itself; {@link HttpClientLibrary#detect()} by default.
	 * The HTTP client is one choice: this replaces one made before with {@link #httpClientLibrary},
	 * {@link #sharedRequestFactory} or {@link #ownedRequestFactory}.
	 * @param httpClientLibrary the library
	 * @return this builder
	 */
	public TokensApiBuilder httpClientLibrary(HttpClientLibrary httpClientLibrary) {
		this.httpClient.library(Arguments.requireNonNull(httpClientLibrary, "httpClientLibrary"));
		return this;
	}

	/**
	 * What to trust and present for TLS, when the JVM's defaults do not do (a private CA, a client certificate).
	 * Applies to the HTTP client the API builds for itself.
	 * @param sslContext the TLS context
	 * @return this builder
	 */
	public TokensApiBuilder sslContext(SSLContext sslContext) {
		this.httpClient.sslContext(Arguments.requireNonNull(sslContext, "sslContext"));
		return this;
	}

	/**
	 * The TLS protocols and cipher suites to enable, when the TLS context's defaults do not do. Applies to the HTTP
	 * client the API builds for itself.
	 * @param sslParameters the parameters
	 * @return this builder
	 */
	public TokensApiBuilder sslParameters(SSLParameters sslParameters) {
		this.httpClient.sslParameters(Arguments.requireNonNull(sslParameters, "sslParameters"));
		return this;
	}

	/**
	 * The IONOS contract the calls are made for, sent as {@value #CONTRACT_NUMBER_HEADER} with every request; needed
	 * only by users with more than one contract. None by default.
	 * @param contractNumber the contract number, 1 or more
	 * @return this builder
	 */
	public TokensApiBuilder contractNumber(long contractNumber) {
		if (!SettingRules.isOneOrMore(contractNumber)) {
			throw new IllegalArgumentException("contractNumber must be 1 or more, was " + contractNumber);
		}
		this.restClient.contractNumber(contractNumber);
		return this;
	}

	/**
	 * The most connections to keep to the API; {@value #DEFAULT_MAX_CONNECTIONS} by default. Applies to the HTTP
	 * client the API builds, and is passed to a {@link #ownedRequestFactory(Function) request factory function}.
	 * @param maxConnections 1 or more
	 * @return this builder
	 */
	public TokensApiBuilder maxConnections(int maxConnections) {
		if (!SettingRules.isOneOrMore(maxConnections)) {
			throw new IllegalArgumentException("maxConnections must be 1 or more, was " + maxConnections);
		}
		this.httpClient.maxConnections(maxConnections);
		return this;
	}

	/**
	 * How to repeat calls that failed for a passing reason; {@link RetrySettings#defaults()} by default,
	 * {@link RetrySettings#never()} to make one attempt only.
	 * @param retry the retry settings
	 * @return this builder
	 */
	public TokensApiBuilder retry(RetrySettings retry) {
		this.retry = Arguments.requireNonNull(retry, "retry");
		return this;
	}

	/**
	 * An HTTP client that stays yours: used as it is (its time-outs and connections apply, not this builder's),
	 * possibly shared with other clients, and never closed by the API: closing it is yours to do. It must not follow
	 * redirects.
	 * The HTTP client is one choice: this replaces one made before with {@link #httpClientLibrary},
	 * {@link #sharedRequestFactory} or {@link #ownedRequestFactory}.
	 * @param requestFactory the request factory
	 * @return this builder
	 */
	public TokensApiBuilder sharedRequestFactory(ClientHttpRequestFactory requestFactory) {
		this.httpClient.shared(Arguments.requireNonNull(requestFactory, "requestFactory"));
		return this;
	}

	/**
	 * An HTTP client that the API owns: built by the given function on the first request, with this builder's
	 * time-outs and connection limit, and closed by {@link TokensApi#close()}. It must not follow redirects.
	 * The HTTP client is one choice: this replaces one made before with {@link #httpClientLibrary},
	 * {@link #sharedRequestFactory} or {@link #ownedRequestFactory}.
	 * @param requestFactoryBuilder makes the request factory from the options
	 * @return this builder
	 */
	public TokensApiBuilder ownedRequestFactory(
			Function<HttpClientOptions, ? extends ClientHttpRequestFactory> requestFactoryBuilder) {
		this.httpClient.owned(Arguments.requireNonNull(requestFactoryBuilder, "requestFactoryBuilder"));
		return this;
	}

	/**
	 * A {@link RestClient.Builder} to start from, such as Spring Boot's with its message converters and
	 * observations. It is copied: nothing this builder sets reaches the one given.
	 * @param restClientBuilder the builder to copy
	 * @return this builder
	 */
	public TokensApiBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		this.restClient.startFrom(Arguments.requireNonNull(restClientBuilder, "restClientBuilder").clone());
		return this;
	}

	/**
	 * Where to report each request ({@code http.client.requests}, with the operation's URI template) and each wait
	 * before a repeat ({@value CallRetrier#OBSERVATION_NAME}).
	 * @param observationRegistry the registry
	 * @return this builder
	 */
	public TokensApiBuilder observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = Arguments.requireNonNull(observationRegistry, "observationRegistry");
		return this;
	}

	/**
	 * Changes the {@link RestClient.Builder} after this builder has applied its settings, so it can change any of
	 * them; applied in the order given.
	 * @param customizer the change
	 * @return this builder
	 */
	public TokensApiBuilder customizeRestClient(Consumer<RestClient.Builder> customizer) {
		this.restClient.customize(Arguments.requireNonNull(customizer, "customizer"));
		return this;
	}

	/**
	 * Scope types or actions to accept besides those IONOS documents ({@link Scope#TYPES}, {@link Scope#ACTIONS}),
	 * for a word the service learned after this client: without it, a call with an unknown word is refused before
	 * any request, naming the nearest known word, since a misspelled action would make a token that silently lacks
	 * it.
	 * @param words the words, lowercase
	 * @return this builder
	 */
	public TokensApiBuilder acceptScopeWords(String... words) {
		this.scopeWords = ScopeWords.DOCUMENTED.and(Arrays.asList(Arguments.requireNonNull(words, "words")));
		return this;
	}

	/**
	 * Builds the API.
	 * @return the API
	 * @throws IllegalStateException if no credentials were given
	 */
	public TokensApi build() {
		HttpClientSetup.HttpClient client = this.httpClient.client(this.apiUrl);
		ClientWarmUp warmUp = new ClientWarmUp(this.apiUrl, client.library(), client.owned(),
				this.httpClient.maxResponseBytes());
		return new RestClientTokensApi(transport(client), retrier(), warmUp, this.scopeWords);
	}

	/**
	 * Builds the registries API with the same settings: URL, credentials, HTTP client, time-outs, retries, limits,
	 * observations. It has an HTTP client of its own, which it releases on {@link RegistriesApi#close()}.
	 * @return the registries API
	 * @throws IllegalStateException if no credentials were given
	 */
	public RegistriesApi buildRegistriesApi() {
		return new RestClientRegistriesApi(transport(this.httpClient.client(this.apiUrl)), retrier());
	}

	private CallRetrier retrier() {
		ObservationRegistry observations = (this.observationRegistry != null) ? this.observationRegistry
				: ObservationRegistry.NOOP;
		return new CallRetrier(this.retry, this.attemptTimeout, this.callTimeout, observations);
	}

	private RestClientTransport transport(HttpClientSetup.HttpClient client) {
		IonosCredentialsProvider credentials = this.credentials;
		if (credentials == null) {
			throw new IllegalStateException(
					"No credentials: call credentials(...) or credentialsProvider(...) before build()");
		}
		RestClient restClient = this.restClient.build(this.apiUrl, client.requestFactory(), this.observationRegistry);
		return new RestClientTransport(this.apiUrl, restClient, credentials, this.httpClient.maxResponseBytes(),
				client.owned());
	}

}
