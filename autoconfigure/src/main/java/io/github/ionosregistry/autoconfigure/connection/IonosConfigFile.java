package io.github.ionosregistry.autoconfigure.connection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.ionosregistry.tokens.IonosCredentials;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import org.springframework.util.ClassUtils;

/**
 * The configuration file of the IONOS SDKs and CLI (YAML, by default {@code ~/.ionos/config}): profiles with
 * credentials, each naming an environment whose products may override their endpoints and trusted CA. This reads
 * what the Container Registry needs: the chosen profile's credentials, and its environment's
 * {@value #PRODUCT} endpoint without a location. Names match case-insensitively. Nothing read from it is ever
 * quoted in a message, but for names.
 */
final class IonosConfigFile {

	static final String PRODUCT = "containerregistry";

	private final Path path;

	private final @Nullable String currentProfile;

	private final List<Map<?, ?>> profiles;

	private final List<Map<?, ?>> environments;

	private IonosConfigFile(Path path, Map<?, ?> root) {
		this.path = path;
		this.currentProfile = text(root, "currentProfile");
		this.profiles = list(root, "profiles", "the file");
		this.environments = list(root, "environments", "the file");
	}

	/**
	 * Reads a config file.
	 * @param path the file
	 * @param classLoader the application's class loader, which decides whether SnakeYAML is there to read it
	 * @return the file's content, or {@code null} if there is no such file
	 * @throws InvalidIonosConfigurationException if it cannot be read or is not a config file
	 */
	static @Nullable IonosConfigFile load(Path path, @Nullable ClassLoader classLoader) {
		if (!Files.exists(path)) {
			return null;
		}
		if (!ClassUtils.isPresent("org.yaml.snakeyaml.Yaml", classLoader)) {
			throw invalid(path, "cannot be read without SnakeYAML (org.yaml:snakeyaml) on the class path");
		}
		Object root = SnakeYaml.read(path);
		if (root == null) {
			root = Map.of();
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw invalid(path, "is not an IONOS config file: its top level is not a mapping");
		}
		return new IonosConfigFile(path, map);
	}

	Path path() {
		return this.path;
	}

	/**
	 * The connection the chosen profile gives the Container Registry.
	 * @param profileName the profile to use, {@code null} for the file's {@code currentProfile}
	 * @return the connection, {@code null} if no profile is chosen
	 * @throws InvalidIonosConfigurationException if the profile does not exist or its endpoint cannot be used
	 */
	@Nullable Connection connection(@Nullable String profileName) {
		String chosen = (profileName != null) ? profileName : this.currentProfile;
		if (chosen == null || chosen.isBlank()) {
			return null;
		}
		Map<?, ?> profile = named(this.profiles, chosen);
		if (profile == null) {
			throw new InvalidIonosConfigurationException("The IONOS config file " + this.path + " has no profile named '"
					+ chosen + "'; its profiles are " + names(this.profiles) + ".",
					"Choose one of them with ionos.registry.profile or IONOS_CURRENT_PROFILE, or set currentProfile in "
							+ "the file.");
		}
		String where = "profile '" + chosen + "'";
		Map<?, ?> credentials = map(profile, "credentials", where);
		String environmentName = text(profile, "environment");
		Map<?, ?> environment = null;
		Map<?, ?> endpoint = null;
		if (environmentName != null) {
			environment = named(this.environments, environmentName);
			endpoint = (environment != null) ? endpoint(environment, environmentName) : null;
		}
		String apiUrl = null;
		String certificateAuthority = null;
		if (endpoint != null) {
			String endpointWhere = "the " + PRODUCT + " endpoint of environment '" + environmentName + "'";
			if (Boolean.TRUE.equals(endpoint.get("skipTlsVerify"))) {
				throw new InvalidIonosConfigurationException("The IONOS config file " + this.path + " sets skipTlsVerify "
						+ "for " + endpointWhere + ": this client never turns TLS verification off.",
						"Give the endpoint's CA as certificateAuthData (on the endpoint or its environment) instead.");
			}
			String name = text(endpoint, "name");
			if (name == null || name.isBlank()) {
				throw invalid(this.path, "has no name (host) for " + endpointWhere);
			}
			apiUrl = name.strip();
			String authority = text(endpoint, "certificateAuthData");
			certificateAuthority = pem((authority != null) ? authority : text(environment, "certificateAuthData"),
					endpointWhere);
		}
		return new Connection(chosen, credentials(credentials), apiUrl, certificateAuthority);
	}

	private static @Nullable IonosCredentials credentials(@Nullable Map<?, ?> credentials) {
		String token = text(credentials, "token");
		if (token != null && !token.isBlank()) {
			return IonosCredentials.token(token.strip());
		}
		String username = text(credentials, "username");
		String password = text(credentials, "password");
		if (username != null && !username.isBlank() && password != null && !password.isBlank()) {
			return IonosCredentials.usernamePassword(username.strip(), password);
		}
		return null;
	}

	private @Nullable Map<?, ?> endpoint(Map<?, ?> environment, String environmentName) {
		String where = "environment '" + environmentName + "'";
		for (Map<?, ?> product : list(environment, "products", where)) {
			if (PRODUCT.equalsIgnoreCase(String.valueOf(product.get("name")).strip())) {
				for (Map<?, ?> endpoint : list(product, "endpoints", "product " + PRODUCT + " of " + where)) {
					Object location = endpoint.get("location");
					if (location == null || location.toString().isBlank()) {
						return endpoint;
					}
				}
			}
		}
		return null;
	}

	/** A PEM bundle as given, or base64-encoded as kubeconfig files have it. */
	private @Nullable String pem(@Nullable String certificateAuthData, String where) {
		if (certificateAuthData == null || certificateAuthData.isBlank()) {
			return null;
		}
		String text = certificateAuthData.strip();
		if (!text.startsWith("-----BEGIN")) {
			try {
				text = new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8).strip();
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		if (!text.startsWith("-----BEGIN CERTIFICATE-----")) {
			throw invalid(this.path, "has a certificateAuthData for " + where
					+ " that is not a PEM certificate (nor one in base64)");
		}
		return text;
	}

	private static @Nullable Map<?, ?> named(List<Map<?, ?>> entries, String name) {
		for (Map<?, ?> entry : entries) {
			Object entryName = entry.get("name");
			if (entryName != null && entryName.toString().strip().equalsIgnoreCase(name.strip())) {
				return entry;
			}
		}
		return null;
	}

	private static String names(List<Map<?, ?>> entries) {
		return entries.stream()
			.map((entry) -> String.valueOf(entry.get("name")))
			.map((name) -> "'" + name + "'")
			.collect(Collectors.joining(", ", "[", "]"));
	}

	private @Nullable Map<?, ?> map(Map<?, ?> parent, String key, String where) {
		Object value = parent.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw invalid(this.path, "has a '" + key + "' in " + where + " that is not a mapping");
		}
		return map;
	}

	private List<Map<?, ?>> list(Map<?, ?> parent, String key, String where) {
		Object value = parent.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw invalid(this.path, "has a '" + key + "' in " + where + " that is not a list");
		}
		List<Map<?, ?>> entries = new ArrayList<>();
		for (Object entry : list) {
			if (!(entry instanceof Map<?, ?> map)) {
				throw invalid(this.path, "has an entry of '" + key + "' in " + where + " that is not a mapping");
			}
			entries.add(map);
		}
		return entries;
	}

	private static @Nullable String text(@Nullable Map<?, ?> parent, String key) {
		Object value = (parent != null) ? parent.get(key) : null;
		return (value != null) ? value.toString() : null;
	}

	/** Kept apart so that SnakeYAML's classes load only when a config file is read. */
	private static final class SnakeYaml {

		static @Nullable Object read(Path path) {
			try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			}
			catch (IOException ex) {
				throw invalid(path, "cannot be read (" + ex.getClass().getSimpleName() + ")");
			}
			catch (MarkedYAMLException ex) {
				// Only the problem and its position: the YAML library's own message quotes the line, a secret maybe.
				throw invalid(path, "is not valid YAML: " + ex.getProblem() + " at line "
						+ (ex.getProblemMark().getLine() + 1) + ", column " + (ex.getProblemMark().getColumn() + 1));
			}
			catch (YAMLException ex) {
				throw invalid(path, "is not valid YAML");
			}
		}

	}

	private static InvalidIonosConfigurationException invalid(Path path, String problem) {
		return new InvalidIonosConfigurationException("The IONOS config file " + path + " " + problem + ".",
				"Correct the file (the format of the IONOS SDKs and CLI), choose another one with "
						+ "ionos.registry.config-file or IONOS_CONFIG_FILE, or configure the connection with "
						+ "ionos.registry.* properties.");
	}

	/**
	 * What a profile of the file gives the Container Registry client.
	 *
	 * @param profile the profile's name
	 * @param credentials its credentials, {@code null} if it has none
	 * @param apiUrl its environment's endpoint for the product as the file has it (a host and path, without scheme),
	 * {@code null} for none
	 * @param certificateAuthority the PEM CA to trust for that endpoint, {@code null} for the JVM's defaults
	 */
	record Connection(String profile, @Nullable IonosCredentials credentials, @Nullable String apiUrl,
			@Nullable String certificateAuthority) {

	}

}
