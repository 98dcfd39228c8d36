package io.github.ionosregistry.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration processor's metadata, which IDEs show, documents every {@code ionos.registry.*} property.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyIsListedWithADescription() throws Exception {
		JsonNode metadata;
		try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = JsonMapper.shared().readTree(json);
		}
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			names.add(property.get("name").asString());
			assertThat(property.path("description").asString()).as(property.get("name").asString()).isNotBlank();
		}
		assertThat(names).contains("ionos.registry.enabled", "ionos.registry.api-url", "ionos.registry.token",
				"ionos.registry.username", "ionos.registry.password", "ionos.registry.registry-id",
				"ionos.registry.connect-timeout", "ionos.registry.read-timeout", "ionos.registry.user-agent");
		assertThat(names).allMatch((name) -> name.startsWith("ionos.registry."));
	}

}
