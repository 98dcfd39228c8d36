package io.github.ionosregistry.autoconfigure.connection;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.github.ionosregistry.tokens.internal.ApiUrl;
import io.github.ionosregistry.tokens.internal.credentials.JwtExpiry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Finds the client's connection in one place, in the documented order. Credentials: {@code ionos.registry.token},
 * {@code ionos.registry.token-file}, {@code ionos.registry.username}/{@code password} (each falling back to its
 * {@code IONOS_*} variable), {@code IONOS_TOKEN}, {@code IONOS_USERNAME}/{@code IONOS_PASSWORD}, then the IONOS
 * config file's profile (its token, then its user name and password). The API URL: {@code ionos.registry.api-url},
 * {@code IONOS_API_URL}, the config file's endpoint (whose CA is then trusted), the default.
 *
 * @since 0.1.0
 */
public final class IonosConnectionResolver {

	static final String IONOS_TOKEN = "IONOS_TOKEN";

	static final String IONOS_USERNAME = "IONOS_USERNAME";

	static final String IONOS_PASSWORD = "IONOS_PASSWORD";

	static final String IONOS_API_URL = "IONOS_API_URL";

	static final String IONOS_CONTRACT_NUMBER = "IONOS_CONTRACT_NUMBER";

	static final String IONOS_CONFIG_FILE = "IONOS_CONFIG_FILE";

	static final String IONOS_CURRENT_PROFILE = "IONOS_CURRENT_PROFILE";

	private static final Log logger = LogFactory.getLog(IonosConnectionResolver.class);

	private final ConnectionSettings properties;

	private final Environment environment;

	private final Clock clock;

	private final @Nullable ClassLoader classLoader;

	private @Nullable ConfigFileConnection configFile;

	public IonosConnectionResolver(ConnectionSettings properties, Environment environment, Clock clock) {
		this(properties, environment, clock, IonosConnectionResolver.class.getClassLoader());
	}

	/**
	 * Resolves the connection from these sources.
	 * @param properties the bound properties
	 * @param environment the environment, for the {@code IONOS_*} variables
	 * @param clock the clock, for an API token's expiry
	 * @param classLoader the application's class loader, which decides whether SnakeYAML is there to read the
	 * config file
	 */
	public IonosConnectionResolver(ConnectionSettings properties, Environment environment, Clock clock,
			@Nullable ClassLoader classLoader) {
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
		this.classLoader = classLoader;
	}

	/**
	 * The API URL: the property as given; else {@code IONOS_API_URL}, else the config file's endpoint, each read as the
	 * IONOS tools read it ({@link ApiUrl}); else the default.
	 */
	public String apiUrl() {
		String property = text(this.properties.apiUrl());
		if (property != null) {
			return property;
		}
		String variable = variable(IONOS_API_URL);
		if (variable != null) {
			return ApiUrl.fromIonosSetting(variable);
		}
		IonosConfigFile.Connection file = configFile().connection();
		String endpoint = (file != null) ? file.apiUrl() : null;
		return (endpoint != null) ? ApiUrl.fromIonosSetting(endpoint) : TokensApiBuilder.DEFAULT_API_URL;
	}

	/** The contract number: the property, else {@code IONOS_CONTRACT_NUMBER}. */
	public @Nullable Long contractNumber() {
		Long property = this.properties.contractNumber();
		if (property != null) {
			return property;
		}
		String variable = variable(IONOS_CONTRACT_NUMBER);
		if (variable == null) {
			return null;
		}
		try {
			return Long.parseLong(variable);
		}
		catch (NumberFormatException ex) {
			throw new InvalidIonosConfigurationException(
					"The environment variable " + IONOS_CONTRACT_NUMBER + " is '" + variable + "', not a number.",
					"Set " + IONOS_CONTRACT_NUMBER + " to your IONOS contract number, or remove it.");
		}
	}

	/** The CA to trust: the config file's, when its endpoint is the API URL. */
	public @Nullable SslBundle sslBundle() {
		if (configuredApiUrl() != null) {
			return null;
		}
		IonosConfigFile.Connection file = configFile().connection();
		if (file == null || file.apiUrl() == null || file.certificateAuthority() == null) {
			return null;
		}
		try {
			SslBundle bundle = SslBundle.of(new PemSslStoreBundle(null,
					PemSslStoreDetails.forCertificates(file.certificateAuthority())));
			bundle.getStores().getTrustStore();
			return bundle;
		}
		catch (RuntimeException ex) {
			throw new InvalidIonosConfigurationException("The certificateAuthData of the " + IonosConfigFile.PRODUCT
					+ " endpoint of profile '" + file.profile() + "' in the IONOS config file "
					+ configFile().path() + " cannot be read as PEM certificates (" + ex.getClass().getSimpleName()
					+ ").", "Give the endpoint's CA certificates in PEM, as text or base64-encoded.");
		}
	}

	/**
	 * The credentials, from the first source in the documented order that gives them. A token that is a JWT
	 * and has expired is refused; one that expires within {@code ionos.registry.token-expiry-warning} is warned about.
	 * @return the credentials and where they come from
	 * @throws MissingIonosCredentialsException if no source gives credentials
	 * @throws InvalidIonosConfigurationException if a source cannot be used
	 */
	public ResolvedCredentials credentials() {
		ResolvedCredentials resolved = findCredentials();
		if (resolved.provider().getCredentials() instanceof IonosCredentials.Token token) {
			checkExpiry(token.token(), resolved.source());
		}
		return resolved;
	}

	private ResolvedCredentials findCredentials() {
		String token = text(this.properties.token());
		Path tokenFile = this.properties.tokenFile();
		if (token != null) {
			if (tokenFile != null) {
				logger.warn("Both ionos.registry.token and ionos.registry.token-file are set: the token wins and "
						+ tokenFile + " is not read");
			}
			return ResolvedCredentials.of(IonosCredentials.token(token), "ionos.registry.token");
		}
		if (tokenFile != null) {
			return new ResolvedCredentials(tokenFile(tokenFile), "ionos.registry.token-file (" + tokenFile + ")");
		}
		String usernameProperty = text(this.properties.username());
		String passwordProperty = text(this.properties.password());
		if (usernameProperty != null || passwordProperty != null) {
			String username = (usernameProperty != null) ? usernameProperty : variable(IONOS_USERNAME);
			String password = (passwordProperty != null) ? passwordProperty : variable(IONOS_PASSWORD);
			if (username == null || password == null) {
				throw missing(username != null, password != null);
			}
			return ResolvedCredentials.of(IonosCredentials.usernamePassword(username, password),
					"ionos.registry.username and ionos.registry.password");
		}
		String environmentToken = variable(IONOS_TOKEN);
		if (environmentToken != null) {
			return ResolvedCredentials.of(IonosCredentials.token(environmentToken), IONOS_TOKEN);
		}
		String username = variable(IONOS_USERNAME);
		String password = variable(IONOS_PASSWORD);
		if (username != null && password != null) {
			return ResolvedCredentials.of(IonosCredentials.usernamePassword(username, password),
					IONOS_USERNAME + " and " + IONOS_PASSWORD);
		}
		IonosConfigFile.Connection file = configFile().connection();
		if (file != null && file.credentials() != null) {
			return ResolvedCredentials.of(file.credentials(),
					"profile '" + file.profile() + "' of the IONOS config file " + configFile().path());
		}
		throw missing(username != null, password != null);
	}

	private MissingIonosCredentialsException missing(boolean usernameSet, boolean passwordSet) {
		ConfigFileConnection file = configFile();
		IonosConfigFile.Connection connection = file.connection();
		String looked;
		if (!file.found()) {
			looked = "no IONOS config file was found at " + file.path();
		}
		else if (connection == null) {
			looked = "the IONOS config file " + file.path() + " names no profile to use";
		}
		else {
			looked = "profile '" + connection.profile() + "' of the IONOS config file " + file.path()
					+ " has no credentials";
		}
		return new MissingIonosCredentialsException(usernameSet, passwordSet, looked);
	}

	private IonosCredentialsProvider tokenFile(Path tokenFile) {
		try {
			return IonosCredentialsProvider.fromTokenFile(tokenFile);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidIonosConfigurationException("ionos.registry.token-file: " + ex.getMessage() + ".",
					"Point ionos.registry.token-file at a readable file holding the API token, or remove the property.");
		}
	}

	private void checkExpiry(String token, String source) {
		Instant expiry = JwtExpiry.of(token);
		if (expiry == null) {
			return;
		}
		Instant now = this.clock.instant();
		if (!expiry.isAfter(now)) {
			throw new InvalidIonosConfigurationException(
					"The IONOS API token from " + source + " expired at " + expiry + ".",
					"Create a new API token (IONOS DCD or ionosctl token generate) and configure it in its place.");
		}
		Duration left = Duration.between(now, expiry);
		if (left.compareTo(this.properties.tokenExpiryWarning()) <= 0) {
			logger.warn("The IONOS API token from " + source + " expires at " + expiry + " (in " + left.toHours()
					+ " hours); replace it before then");
		}
	}

	private @Nullable String configuredApiUrl() {
		String property = text(this.properties.apiUrl());
		return (property != null) ? property : variable(IONOS_API_URL);
	}

	private ConfigFileConnection configFile() {
		ConfigFileConnection configFile = this.configFile;
		if (configFile == null) {
			configFile = loadConfigFile();
			this.configFile = configFile;
		}
		return configFile;
	}

	private ConfigFileConnection loadConfigFile() {
		Path path = this.properties.configFile();
		if (path == null) {
			String variable = variable(IONOS_CONFIG_FILE);
			path = (variable != null) ? Path.of(variable) : defaultConfigFile();
		}
		IonosConfigFile file = IonosConfigFile.load(path, this.classLoader);
		if (file == null) {
			return new ConfigFileConnection(path, false, null);
		}
		String profile = text(this.properties.profile());
		return new ConfigFileConnection(path, true,
				file.connection((profile != null) ? profile : variable(IONOS_CURRENT_PROFILE)));
	}

	private static Path defaultConfigFile() {
		return Path.of(System.getProperty("user.home"), ".ionos", "config");
	}

	private @Nullable String variable(String name) {
		return text(this.environment.getProperty(name));
	}

	private static @Nullable String text(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	/**
	 * Credentials and where they come from (a name, never a secret).
	 *
	 * @param provider the credentials
	 * @param source the property, variable, file or profile they come from
	 */
	public record ResolvedCredentials(IonosCredentialsProvider provider, String source) {

		static ResolvedCredentials of(IonosCredentials credentials, String source) {
			return new ResolvedCredentials(IonosCredentialsProvider.of(credentials), source);
		}

	}

	/** The config file looked for, whether it was found, and what its chosen profile gives. */
	private record ConfigFileConnection(Path path, boolean found, IonosConfigFile.@Nullable Connection connection) {

	}

}
