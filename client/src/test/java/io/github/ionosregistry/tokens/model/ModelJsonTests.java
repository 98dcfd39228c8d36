package io.github.ionosregistry.tokens.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record of the API reads back the JSON it writes, with a mapper of Jackson's defaults and with one set up
 * otherwise (dates as numbers, indented), reads the examples of the API's description, and keeps a timestamp's offset.
 */
class ModelJsonTests {

	private static final UUID ID = UUID.fromString("046b6c7f-0b8a-43b9-b35d-6489e6daee91");

	private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC);

	private static final OffsetDateTime EXPIRES = OffsetDateTime.of(2027, 3, 1, 12, 0, 0, 500_000_000,
			ZoneOffset.ofHoursMinutes(5, 30));

	private static final Scope PULL_PUSH = Scope.repository("app/*", Scope.PULL, Scope.PUSH);

	private static final ApiResourceMetadata METADATA = new ApiResourceMetadata("ci@example.com", "user-1", CREATED,
			"ops@example.com", "user-2", EXPIRES.minusDays(30), "Running");

	private static final TokenProperties PROPERTIES = new TokenProperties(new Credentials("one-time", "ci-push"),
			EXPIRES, "ci-push", List.of(PULL_PUSH), TokenStatus.ENABLED);

	private static final TokenResponse TOKEN = new TokenResponse("https://api.example/tokens/" + ID, ID, METADATA,
			PROPERTIES, "token");

	static Stream<Arguments> records() {
		return Stream.of(Arguments.of(TokenResponse.class, TOKEN),
				Arguments.of(TokenResponse.class, new TokenResponse(null, null, null, null, null)),
				Arguments.of(TokensResponse.class,
						new TokensResponse(new PaginationLinks("next", "previous", "self"), 1, "href", "tokens",
								List.of(TOKEN), 100, 0, 1, "collection")),
				Arguments.of(PostTokenInput.class, PostTokenInput.of(PostTokenProperties.named("ci-push")
					.withExpiryDate(EXPIRES)
					.withScopes(PULL_PUSH)
					.withStatus(TokenStatus.DISABLED))),
				Arguments.of(PostTokenInput.class, PostTokenInput.of(PostTokenProperties.named("pull-only"))),
				Arguments.of(PutTokenInput.class, PutTokenInput.of(PostTokenProperties.named("ci-push").withScopes())),
				Arguments.of(PostTokenOutput.class, new PostTokenOutput("href", ID, METADATA, PROPERTIES, "token")),
				Arguments.of(PutTokenOutput.class, new PutTokenOutput("href", ID, METADATA, PROPERTIES, "token")),
				Arguments.of(PatchTokenInput.class, PatchTokenInput.disable()),
				Arguments.of(PatchTokenInput.class, PatchTokenInput.enable().withoutExpiryDate()),
				Arguments.of(PatchTokenInput.class,
						PatchTokenInput.empty().withExpiryDate(EXPIRES).withScopes(PULL_PUSH, Scope.repository("web"))),
				Arguments.of(PatchTokenInput.class, PatchTokenInput.empty().withScopes()),
				Arguments.of(TokenProperties.class, PROPERTIES),
				Arguments.of(Credentials.class, new Credentials("", "ci-push")),
				Arguments.of(Scope.class, PULL_PUSH), Arguments.of(ApiResourceMetadata.class, METADATA),
				Arguments.of(PaginationLinks.class, new PaginationLinks(null, null, "self")),
				Arguments.of(ApiErrorResponse.class,
						new ApiErrorResponse(409, List.of(new ApiErrorMessage("CONFLICT", "exists")))),
				Arguments.of(ApiErrorMessage.class, new ApiErrorMessage("123", "message")));
	}

	static Stream<JsonMapper> mappers() {
		return Stream.of(JsonMapper.builder().build(), JsonMapper.builder()
			.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build());
	}

	static Stream<Arguments> recordsAndMappers() {
		return records().flatMap((record) -> mappers()
			.map((mapper) -> Arguments.of(record.get()[0], record.get()[1], mapper)));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("recordsAndMappers")
	void readsBackWhatItWrites(Class<?> type, Object record, JsonMapper mapper) {
		String json = mapper.writeValueAsString(record);
		assertThat(mapper.readValue(json, type)).isEqualTo(record);
	}

	@Test
	void patchAbsentExpiryDateKeepsIt() {
		assertThat(read("{\"status\":\"disabled\"}", PatchTokenInput.class)).isEqualTo(PatchTokenInput.disable());
		assertThat(read("{}", PatchTokenInput.class).expiryDate()).isEqualTo(ExpiryDateChange.keep());
	}

	@Test
	void patchNullExpiryDateClearsIt() {
		assertThat(read("{\"expiryDate\":null}", PatchTokenInput.class).expiryDate())
			.isEqualTo(ExpiryDateChange.clear());
	}

	@Test
	void patchExpiryDateSetsIt() {
		assertThat(read("{\"expiryDate\":\"2027-03-01T12:00:00.5+05:30\"}", PatchTokenInput.class).expiryDate())
			.isEqualTo(ExpiryDateChange.setTo(EXPIRES));
	}

	@Test
	void patchWritesTheThreeStates() {
		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(mapper.writeValueAsString(PatchTokenInput.disable())).isEqualTo("{\"status\":\"disabled\"}");
		assertThat(mapper.writeValueAsString(PatchTokenInput.empty().withoutExpiryDate()))
			.isEqualTo("{\"expiryDate\":null}");
		assertThat(mapper.writeValueAsString(PatchTokenInput.empty().withExpiryDate(EXPIRES)))
			.isEqualTo("{\"expiryDate\":\"2027-03-01T12:00:00.5+05:30\"}");
		assertThat(mapper.writeValueAsString(PatchTokenInput.empty().withScopes())).isEqualTo("{\"scopes\":[]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-23T04:56:07Z", "2026-01-23T04:56:07.000+00:00", "2026-01-23T06:56:07+02:00",
			"2026-01-22T23:26:07.123456789-05:30", "2026-01-23T04:56:07" })
	void timestampsKeepTheirInstantAndOffset(String timestamp) {
		String json = "{\"createdDate\":\"" + timestamp + "\"}";
		ApiResourceMetadata read = read(json, ApiResourceMetadata.class);
		OffsetDateTime expected = timestamp.length() == 19 ? OffsetDateTime.parse(timestamp + "Z")
				: OffsetDateTime.parse(timestamp);
		assertThat(read.createdDate()).isEqualTo(expected);
		assertThat(read(JsonMapper.builder().build().writeValueAsString(read), ApiResourceMetadata.class))
			.isEqualTo(read);
	}

	@Test
	void theSpecsTokenExampleIsReadFieldByField() throws IOException {
		OffsetDateTime specDate = OffsetDateTime.of(2000, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC);
		Scope everything = new Scope(List.of("pull", "push", "delete"), "*", "repository");
		TokenResponse expected = new TokenResponse("href", ID,
				new ApiResourceMetadata("createdBy", "createdByUserId", specDate, "lastModifiedBy",
						"lastModifiedByUserId", specDate, "state"),
				new TokenProperties(new Credentials("", "push-token"), specDate, "push-token",
						List.of(everything, everything), TokenStatus.ENABLED),
				"type");
		assertThat(example("token-response.json", TokenResponse.class)).isEqualTo(expected);
		assertThat(example("token-response.json", PostTokenOutput.class)).isEqualTo(new PostTokenOutput(
				expected.href(), expected.id(), expected.metadata(), expected.properties(), expected.type()));
		assertThat(example("token-response.json", PutTokenOutput.class)).isEqualTo(new PutTokenOutput(
				expected.href(), expected.id(), expected.metadata(), expected.properties(), expected.type()));
		TokensResponse page = example("tokens-response.json", TokensResponse.class);
		assertThat(page).isEqualTo(new TokensResponse(new PaginationLinks("next", "previous", "self"), 0, "href",
				"id", List.of(new TokenResponse("href", ID, expected.metadata(),
						new TokenProperties(new Credentials("", "push-token"), specDate, "push-token",
								List.of(everything), TokenStatus.ENABLED),
						"type")),
				6, 1, 5, "type"));
	}

	@Test
	void theSpecsInputExamplesAreRead() throws IOException {
		OffsetDateTime specDate = OffsetDateTime.of(2000, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC);
		Scope everything = new Scope(List.of("pull", "push", "delete"), "*", "repository");
		PostTokenProperties properties = new PostTokenProperties(specDate, "push-token",
				List.of(everything, everything), TokenStatus.ENABLED);
		assertThat(example("post-token-input.json", PostTokenInput.class)).isEqualTo(PostTokenInput.of(properties));
		assertThat(example("post-token-input.json", PutTokenInput.class)).isEqualTo(PutTokenInput.of(properties));
		assertThat(example("patch-token-input.json", PatchTokenInput.class)).isEqualTo(PatchTokenInput.enable()
			.withExpiryDate(specDate)
			.withScopes(everything, everything));
		assertThat(example("api-error-response.json", ApiErrorResponse.class))
			.isEqualTo(new ApiErrorResponse(400, List.of(new ApiErrorMessage("123", "message"))));
	}

	private static <T> T read(String json, Class<T> type) {
		return JsonMapper.builder().build().readValue(json, type);
	}

	private static <T> T example(String name, Class<T> type) throws IOException {
		try (InputStream json = ModelJsonTests.class.getResourceAsStream(name)) {
			assertThat(json).as(name).isNotNull();
			T read = JsonMapper.builder().build().readValue(json, type);
			JsonMapper mapper = JsonMapper.builder().build();
			assertThat(mapper.readValue(mapper.writeValueAsString(read), type)).isEqualTo(read);
			return read;
		}
	}

}
