package io.github.ionosregistry.benchmarks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.Scope;

/**
 * The token page's JSON as plain records decoded with Jackson's defaults (its own {@code OffsetDateTime}
 * deserializer, a plain status string): the baseline for the client's decoding.
 */
public final class JacksonDefaultsModel {

	private JacksonDefaultsModel() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Page(@JsonProperty("_links") Links links, int count, String href, String id, List<Token> items, int limit,
			int offset, int total, String type) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Links(String next, String previous, String self) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Token(String href, UUID id, Metadata metadata, Properties properties, String type) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Metadata(String createdBy, String createdByUserId, OffsetDateTime createdDate, String lastModifiedBy,
			String lastModifiedByUserId, OffsetDateTime lastModifiedDate, String state) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Properties(Credentials credentials, OffsetDateTime expiryDate, String name, List<Scope> scopes,
			String status) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Credentials(String password, String username) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Scope(List<String> actions, String name, String type) {
	}

}
