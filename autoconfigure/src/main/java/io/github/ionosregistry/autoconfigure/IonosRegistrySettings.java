package io.github.ionosregistry.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import io.github.ionosregistry.tokens.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The client's settings resolved in one place: each value from {@code ionos.registry.*} if set, else from the
 * standard IONOS environment variable, else the default. A token wins over a user name and password.
 *
 * @param apiUrl the API's base URL
 * @param credentials how to authenticate
 * @param userAgent the User-Agent header
 * @param connectTimeout the connect time-out
 * @param readTimeout the read time-out
 * @param retry how to repeat calls that failed for a passing reason, {@code null} to never repeat
 */
public record IonosRegistrySettings(URI apiUrl, IonosCredentials credentials, String userAgent,
		Duration connectTimeout, Duration readTimeout, @Nullable RetrySettings retry) {

	public static final String DEFAULT_API_URL = "https://api.ionos.com/containerregistries";

	public static final String IONOS_TOKEN = "IONOS_TOKEN";

	public static final String IONOS_USERNAME = "IONOS_USERNAME";

	public static final String IONOS_PASSWORD = "IONOS_PASSWORD";

	public static final String IONOS_API_URL = "IONOS_API_URL";

	/**
	 * Resolves the settings.
	 * @param properties the bound {@code ionos.registry.*} properties
	 * @param environment the environment holding the {@code IONOS_*} variables
	 * @return the settings
	 * @throws MissingIonosCredentialsException if neither a token nor a user name and password is set
	 * @throws IllegalArgumentException if a value is malformed
	 */
	public static IonosRegistrySettings resolve(IonosRegistryProperties properties, Environment environment) {
		String apiUrl = firstText(properties.getApiUrl(), environment.getProperty(IONOS_API_URL), DEFAULT_API_URL);
		return new IonosRegistrySettings(parseApiUrl(apiUrl), resolveCredentials(properties, environment),
				firstText(properties.getUserAgent(), null, LibraryVersion.defaultUserAgent()),
				positive(properties.getConnectTimeout(), "ionos.registry.connect-timeout"),
				positive(properties.getReadTimeout(), "ionos.registry.read-timeout"), resolveRetry(properties.getRetry()));
	}

	private static @Nullable RetrySettings resolveRetry(IonosRegistryProperties.Retry retry) {
		if (!retry.isEnabled()) {
			return null;
		}
		try {
			return new RetrySettings(retry.getMaxRetries(), retry.getInitialDelay(), retry.getMaxDelay(),
					retry.getMultiplier(), retry.isRetryPost());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("ionos.registry.retry." + ex.getMessage(), ex);
		}
	}

	private static IonosCredentials resolveCredentials(IonosRegistryProperties properties, Environment environment) {
		String token = firstText(properties.getToken(), environment.getProperty(IONOS_TOKEN), null);
		if (token != null) {
			return new IonosCredentials.Token(token);
		}
		String username = firstText(properties.getUsername(), environment.getProperty(IONOS_USERNAME), null);
		String password = firstText(properties.getPassword(), environment.getProperty(IONOS_PASSWORD), null);
		if (username != null && password != null) {
			return new IonosCredentials.UsernamePassword(username, password);
		}
		throw new MissingIonosCredentialsException(username != null, password != null);
	}

	private static URI parseApiUrl(String apiUrl) {
		if (apiUrl.contains("@")) {
			// Checked before anything quotes the URL: its user info would be a password in a message.
			throw new IllegalArgumentException("ionos.registry.api-url must not hold credentials; use "
					+ "ionos.registry.token or ionos.registry.username and ionos.registry.password");
		}
		URI uri;
		try {
			uri = new URI(apiUrl);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("ionos.registry.api-url '" + apiUrl + "' is not a URL: "
					+ ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException(
					"ionos.registry.api-url '" + apiUrl + "' must be an absolute http or https URL");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("ionos.registry.api-url '" + apiUrl + "' has no host");
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			throw new IllegalArgumentException("ionos.registry.api-url '" + apiUrl
					+ "' must use https: plain http would send the credentials in clear text (it is allowed "
					+ "only for a loopback host, such as a local emulator)");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"ionos.registry.api-url '" + apiUrl + "' must not have a query or a fragment");
		}
		return uri;
	}

	private static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
				|| name.equals("[::1]") || name.equals("::1");
	}

	private static Duration positive(@Nullable Duration duration, String property) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(property + " must be positive, was " + duration);
		}
		return duration;
	}

	private static @Nullable String firstText(@Nullable String first, @Nullable String second,
			@Nullable String fallback) {
		if (StringUtils.hasText(first)) {
			return first.strip();
		}
		if (StringUtils.hasText(second)) {
			return second.strip();
		}
		return fallback;
	}

}
