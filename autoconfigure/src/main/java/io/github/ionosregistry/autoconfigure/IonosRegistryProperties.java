package io.github.ionosregistry.autoconfigure;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the IONOS Container Registry client. Credentials and the API URL fall back to the standard
 * {@code IONOS_*} environment variables when they are not set here.
 */
@ConfigurationProperties("ionos.registry")
public class IonosRegistryProperties {

	/**
	 * Whether to auto-configure the TokensApi.
	 */
	private boolean enabled = true;

	/**
	 * Base URL of the Container Registry API. Falls back to IONOS_API_URL, then to
	 * https://api.ionos.com/containerregistries.
	 */
	private @Nullable String apiUrl;

	/**
	 * API token, sent as a Bearer token. Falls back to IONOS_TOKEN. Wins over username and password when both are
	 * set.
	 */
	private @Nullable String token;

	/**
	 * User name for HTTP Basic authentication. Falls back to IONOS_USERNAME.
	 */
	private @Nullable String username;

	/**
	 * Password for HTTP Basic authentication. Falls back to IONOS_PASSWORD.
	 */
	private @Nullable String password;

	/**
	 * Default registry for the application's own use; the TokensApi itself takes the registry id per call.
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
	 * User-Agent header sent with every request. Defaults to ionos-registry-spring-boot/ followed by this
	 * library's version.
	 */
	private @Nullable String userAgent;

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

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public void setUserAgent(@Nullable String userAgent) {
		this.userAgent = userAgent;
	}

}
