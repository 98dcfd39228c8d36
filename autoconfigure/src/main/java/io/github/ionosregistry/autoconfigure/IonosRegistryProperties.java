package io.github.ionosregistry.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.github.ionosregistry.autoconfigure.connection.ConnectionSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the IONOS Container Registry client. Credentials and the API URL fall back to the standard
 * {@code IONOS_*} environment variables when they are not set here.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("ionos.registry")
public class IonosRegistryProperties implements Validator {

	/**
	 * Whether to auto-configure the TokensApi.
	 */
	private boolean enabled = true;

	/**
	 * Base URL of the Container Registry API. Falls back to IONOS_API_URL, then to the IONOS config file's
	 * containerregistry endpoint, then to https://api.ionos.com/containerregistries.
	 */
	private @Nullable String apiUrl;

	/**
	 * API token, sent as a Bearer token. The first source of credentials: wins over token-file, username and
	 * password, the IONOS_* variables and the IONOS config file.
	 */
	private @Nullable String token;

	/**
	 * File holding the API token (surrounding whitespace ignored), read again whenever it changes, such as a
	 * mounted Kubernetes secret or a Vault agent file. Used when ionos.registry.token is not set.
	 */
	private @Nullable Path tokenFile;

	/**
	 * User name for HTTP Basic authentication, used when neither token nor token-file is set. Falls back to
	 * IONOS_USERNAME.
	 */
	private @Nullable String username;

	/**
	 * Password for HTTP Basic authentication. Falls back to IONOS_PASSWORD.
	 */
	private @Nullable String password;

	/**
	 * IONOS config file of the IONOS SDKs and CLI, read for credentials and an endpoint override when no
	 * property or IONOS_* variable gives them. Falls back to IONOS_CONFIG_FILE, then to ~/.ionos/config; a file
	 * that does not exist is skipped.
	 */
	private @Nullable Path configFile;

	/**
	 * Profile of the IONOS config file to use. Falls back to IONOS_CURRENT_PROFILE, then to the file's
	 * currentProfile.
	 */
	private @Nullable String profile;

	/**
	 * How long before its expiry a token is warned about: the API token (a JWT) at start-up, the registry's tokens in
	 * the ionosregistry endpoint.
	 */
	private Duration tokenExpiryWarning = Duration.ofDays(7);

	/**
	 * IONOS contract number, sent as X-Contract-Number with every request; needed only by users with more than one
	 * contract. Falls back to IONOS_CONTRACT_NUMBER.
	 */
	private @Nullable Long contractNumber;

	/**
	 * Registry that RegistryTokens works on, and the health contributor and the ionosregistry endpoint read; the
	 * TokensApi itself takes the registry id per call.
	 */
	private @Nullable UUID registryId;

	/**
	 * Time-out for establishing a connection to the API.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Time-out for reading an answer from the API.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	/**
	 * Most connections the client keeps to the API: Apache HttpClient's pool (per route and in total), and the most
	 * exchanges in flight at once on the JDK client, the others waiting within their deadline.
	 */
	private int maxConnections = 50;

	/**
	 * Longest time one attempt may take, from sending the request to the answer's last byte, the wait for a pooled
	 * connection included. An attempt past it is aborted and may be repeated like a read time-out.
	 */
	private Duration attemptTimeout = Duration.ofSeconds(30);

	/**
	 * Longest time a call may take with all its attempts and the waits between them. No repeat starts that would
	 * end after it.
	 */
	private Duration callTimeout = Duration.ofMinutes(2);

	/**
	 * Longest answer accepted (decompressed). A longer one fails the call, and its connection is closed rather than
	 * read to its end.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(4);

	/**
	 * Whether to build and prepare the client off the main thread once the application is ready (the HTTP client
	 * built, every call rehearsed without the network; no request reaches the API), so that the first call costs about
	 * what later ones do. Without it, the first call builds the client.
	 */
	private boolean warmUp = true;

	/**
	 * User-Agent header sent with every request. Defaults to ionos-registry-client/ followed by the client's
	 * version.
	 */
	private @Nullable String userAgent;

	private final Retry retry = new Retry();

	private final Health health = new Health();

	/**
	 * The settings the connection is resolved from.
	 * @return the settings
	 */
	public ConnectionSettings connectionSettings() {
		return new ConnectionSettings(this.apiUrl, this.token, this.tokenFile, this.username, this.password,
				this.configFile, this.profile, this.contractNumber, this.tokenExpiryWarning);
	}

	/** Checks every value by the client's own rules, so that a bad one fails start-up naming its key. */
	@Override
	public boolean supports(Class<?> type) {
		return IonosRegistryProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		IonosRegistryPropertiesValidation.validate((IonosRegistryProperties) target, errors);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getApiUrl() {
		return this.apiUrl;
	}

	public void setApiUrl(@Nullable String apiUrl) {
		this.apiUrl = apiUrl;
	}

	public @Nullable String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable Path getTokenFile() {
		return this.tokenFile;
	}

	public void setTokenFile(@Nullable Path tokenFile) {
		this.tokenFile = tokenFile;
	}

	public @Nullable Path getConfigFile() {
		return this.configFile;
	}

	public void setConfigFile(@Nullable Path configFile) {
		this.configFile = configFile;
	}

	public @Nullable String getProfile() {
		return this.profile;
	}

	public void setProfile(@Nullable String profile) {
		this.profile = profile;
	}

	public Duration getTokenExpiryWarning() {
		return this.tokenExpiryWarning;
	}

	public void setTokenExpiryWarning(Duration tokenExpiryWarning) {
		this.tokenExpiryWarning = tokenExpiryWarning;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable Long getContractNumber() {
		return this.contractNumber;
	}

	public void setContractNumber(@Nullable Long contractNumber) {
		this.contractNumber = contractNumber;
	}

	public @Nullable UUID getRegistryId() {
		return this.registryId;
	}

	public void setRegistryId(@Nullable UUID registryId) {
		this.registryId = registryId;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public Duration getAttemptTimeout() {
		return this.attemptTimeout;
	}

	public void setAttemptTimeout(Duration attemptTimeout) {
		this.attemptTimeout = attemptTimeout;
	}

	public Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public boolean isWarmUp() {
		return this.warmUp;
	}

	public void setWarmUp(boolean warmUp) {
		this.warmUp = warmUp;
	}

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public void setUserAgent(@Nullable String userAgent) {
		this.userAgent = userAgent;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Health getHealth() {
		return this.health;
	}

	/**
	 * The actuator health contributor {@code ionosRegistry}, present when a registry id is set and Spring Boot
	 * Actuator is on the class path.
	 */
	public static class Health {

		/**
		 * Time-out of the health check's one request (connect and read); it is never repeated.
		 */
		private Duration timeout = Duration.ofSeconds(3);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * Repeating calls that failed for a passing reason (answers 429, 502, 503, 504, and 500 for reads; refused or
	 * reset connections, read time-outs) when a repeat is safe for the operation.
	 */
	public static class Retry {

		/**
		 * Whether to repeat calls that failed for a passing reason.
		 */
		private boolean enabled = true;

		/**
		 * How many times a call is repeated at most.
		 */
		private int maxRetries = 3;

		/**
		 * Wait before the first repeat. Later waits grow by the multiplier, with random jitter of up to half this
		 * delay. The first attempt is never delayed.
		 */
		private Duration initialDelay = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts, also the cap on a server's Retry-After.
		 */
		private Duration maxDelay = Duration.ofSeconds(30);

		/**
		 * Growth of the wait from one repeat to the next.
		 */
		private double multiplier = 2.0;

		/**
		 * Whether to repeat a create (POST) also when its outcome is unknown (its answer lost, 502, 503, 504). Off
		 * by default: when a create's answer is lost, a repeat creates a second token, and the first token's
		 * one-time password is gone. A POST that certainly did nothing (connection refused, 429) is repeated
		 * either way; TokensApi.createToken is a create that is safe to repeat.
		 */
		private boolean retryPost;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public boolean isRetryPost() {
			return this.retryPost;
		}

		public void setRetryPost(boolean retryPost) {
			this.retryPost = retryPost;
		}

	}

}
