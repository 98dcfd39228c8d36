package io.github.ionosregistry.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.autoconfigure.rotation.IonosRegistryRotationProperties;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration processor's metadata, which IDEs show, documents every property with its default, in Spring
 * Boot's style, and agrees with the Configuration table of docs/configuration.md and with the client's own defaults.
 */
class ConfigurationMetadataTests {

	private static final Pattern TABLE_ROW = Pattern
		.compile("^\\| `((?:ionos\\.registry|management\\.health\\.ionos-registry|management\\.endpoint\\.ionosregistry)\\.[a-z.-]+)` \\|\\s*([^|]*?)\\s*\\|");

	private static final Pattern LITERAL = Pattern.compile("`([^`<>]+)`");

	private static final Set<String> NO_DEFAULT = Set.of("ionos.registry.token", "ionos.registry.token-file",
			"ionos.registry.username", "ionos.registry.password", "ionos.registry.config-file",
			"ionos.registry.profile", "ionos.registry.contract-number", "ionos.registry.registry-id",
			"ionos.registry.user-agent", "ionos.registry.rotation");

	private static final IonosRegistryPropertyNames NAMES = IonosRegistryPropertyNames
		.of(List.of(IonosRegistryProperties.class, IonosRegistryRotationProperties.class));

	private static Map<String, JsonNode> metadata;

	@BeforeAll
	static void readMetadata() throws IOException {
		metadata = new LinkedHashMap<>();
		try (InputStream json = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			for (JsonNode property : JsonMapper.shared().readTree(json).get("properties")) {
				metadata.put(property.get("name").asString(), property);
			}
		}
	}

	@Test
	void everyPropertyIsKnownWithADescriptionInBootsStyle() {
		assertThat(metadata.keySet()).containsAll(inMetadata(NAMES.known()))
			.contains("management.health.ionos-registry.enabled");
		metadata.forEach((name, property) -> {
			String description = property.path("description").asString();
			assertThat(description).as(name).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ").endsWith(".");
			assertThat(Character.isUpperCase(description.charAt(0))).as(name).isTrue();
		});
	}

	@Test
	void everyPropertyWithADefaultHasItInTheMetadata() {
		inMetadata(NAMES.known())
			.stream()
			.filter((name) -> !NO_DEFAULT.contains(name))
			.forEach((name) -> assertThat(metadata.get(name).has("defaultValue")).as(name).isTrue());
	}

	@Test
	void theConfigurationTableListsEveryPropertyWithTheSameDefault() throws IOException {
		Map<String, String> readme = readmeTable();
		assertThat(readme.keySet()).containsExactlyInAnyOrderElementsOf(metadata.keySet());
		readme.forEach((name, documentedDefault) -> {
			JsonNode defaultValue = metadata.get(name).get("defaultValue");
			Matcher literal = LITERAL.matcher(documentedDefault);
			if (defaultValue == null) {
				assertThat(NO_DEFAULT).as(name).contains(name);
			}
			else if (defaultValue.isNumber()) {
				assertThat(literal.find()).as(name).isTrue();
				assertThat(Double.parseDouble(literal.group(1))).as(name).isEqualTo(defaultValue.asDouble());
			}
			else {
				assertThat(literal.find()).as(name).isTrue();
				assertThat(literal.group(1)).as(name).isEqualTo(defaultValue.asString());
			}
		});
	}

	@Test
	void theLiteralDefaultsAreTheClientsDefaults() {
		IonosRegistryProperties properties = new IonosRegistryProperties();
		assertThat(properties.getConnectTimeout()).isEqualTo(TokensApiBuilder.DEFAULT_CONNECT_TIMEOUT);
		assertThat(properties.getReadTimeout()).isEqualTo(TokensApiBuilder.DEFAULT_READ_TIMEOUT);
		assertThat(properties.getAttemptTimeout()).isEqualTo(TokensApiBuilder.DEFAULT_ATTEMPT_TIMEOUT);
		assertThat(properties.getCallTimeout()).isEqualTo(TokensApiBuilder.DEFAULT_CALL_TIMEOUT);
		assertThat(properties.getMaxConnections()).isEqualTo(TokensApiBuilder.DEFAULT_MAX_CONNECTIONS);
		assertThat(properties.getMaxResponseSize()).isEqualTo(TokensApiBuilder.DEFAULT_MAX_RESPONSE_SIZE);
		RetrySettings retry = RetrySettings.defaults();
		assertThat(properties.getRetry().getMaxRetries()).isEqualTo(retry.maxRetries());
		assertThat(properties.getRetry().getInitialDelay()).isEqualTo(retry.initialDelay());
		assertThat(properties.getRetry().getMaxDelay()).isEqualTo(retry.maxDelay());
		assertThat(properties.getRetry().getMultiplier()).isEqualTo(retry.multiplier());
		assertThat(properties.getRetry().isRetryPost()).isEqualTo(retry.retryPost());
		assertThat(metadata.get("ionos.registry.api-url").get("defaultValue").asString())
			.isEqualTo(TokensApiBuilder.DEFAULT_API_URL);
	}

	@Test
	void theRotationsDefaultsAreTheClientsAndTheDocumentedDefaults() throws IOException {
		IonosRegistryRotationProperties.Rotation rotation = new IonosRegistryRotationProperties.Rotation();
		assertThat(rotation.getRetireAfter()).isEqualTo(RotationPolicy.DEFAULT_RETIRE_AFTER);
		assertThat(rotation.getLease()).isEqualTo(RotationPolicy.DEFAULT_LEASE);
		String readme = Files.readString(Path.of("../docs/configuration.md"));
		assertThat(readme).contains("| `ionos.registry.rotation.<base-name>.retire-after` | `1d` |",
				"| `ionos.registry.rotation.<base-name>.check-interval` | `1h` |",
				"| `ionos.registry.rotation.<base-name>.lease` | `12h` |");
		assertThat(rotation.getCheckInterval()).isEqualTo(Duration.ofHours(1));
		assertThat(NAMES.known()).contains("ionos.registry.rotation.*.rotate-after",
				"ionos.registry.rotation.*.retire-after", "ionos.registry.rotation.*.check-interval",
				"ionos.registry.rotation.*.lease", "ionos.registry.rotation.*.docker-config");
	}

	/** The names as the metadata has them: a map's entries under the map's own name. */
	private static List<String> inMetadata(List<String> known) {
		return known.stream()
			.map((name) -> name.contains(".*.") ? name.substring(0, name.indexOf(".*.")) : name)
			.distinct()
			.toList();
	}

	private static Map<String, String> readmeTable() throws IOException {
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("../docs/configuration.md"))) {
			Matcher row = TABLE_ROW.matcher(line);
			if (row.find()) {
				rows.put(row.group(1), row.group(2).trim());
			}
		}
		return rows;
	}

}
