package io.github.ionosregistry.tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.ionosregistry.tokens.model.ApiResourceMetadata;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.ExpiryDateChange;
import io.github.ionosregistry.tokens.model.PaginationLinks;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.ONE_TIME_PASSWORD;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation of the auto-configured {@link TokensApi} against WireMock: the exact request on the wire and
 * the decoded answer, with either kind of authentication.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TokensApiWireMockTests {

	@Parameter
	HttpClientLibrary library;

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final String USER_AGENT = "ionos-registry-client/0.1.0-SNAPSHOT";

	enum Auth {

		BEARER(IonosCredentials.token("api-token-123"), "Bearer api-token-123"),

		BASIC(IonosCredentials.usernamePassword("alice@example.com", "s3cr3t"), "Basic YWxpY2VAZXhhbXBsZS5jb206czNjcjN0");

		private final IonosCredentials credentials;

		private final String header;

		Auth(IonosCredentials credentials, String header) {
			this.credentials = credentials;
			this.header = header;
		}

	}

	private void withApi(Auth auth, Consumer<TokensApi> test) {
		TestApis.with(TestApis.builder(server.baseUrl(), this.library).credentials(auth.credentials), test);
	}

	private static RequestPatternBuilder expected(RequestPatternBuilder request, Auth auth) {
		return request.withHeader("Accept", equalTo("application/json"))
			.withHeader("Authorization", equalTo(auth.header))
			.withHeader("User-Agent", equalTo(USER_AGENT));
	}

	private static MappingBuilder stub(MappingBuilder request) {
		return request;
	}

	@ParameterizedTest
	@EnumSource(Auth.class)
	void findByIdSendsGetAndDecodesEveryField(Auth auth) {
		server.stubFor(stub(WireMock.get(TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		withApi(auth, (api) -> {
			TokenResponse token = api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
			assertThat(token.href()).isEqualTo("https://api.ionos.com/containerregistries" + TOKEN_PATH);
			assertThat(token.id()).isEqualTo(TOKEN_ID);
			assertThat(token.type()).isEqualTo("token");
			assertThat(token.metadata()).isEqualTo(new ApiResourceMetadata("ci@example.com", "8f7e6d5c-user",
					OffsetDateTime.of(2026, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC), "ops@example.com", "1a2b3c4d-user",
					OffsetDateTime.of(2026, 2, 1, 10, 15, 30, 250_000_000, ZoneOffset.ofHours(1)), "Running"));
			assertThat(token.properties()).isEqualTo(new TokenProperties(new Credentials("", "push-token"),
					OffsetDateTime.of(2027, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC), "push-token",
					List.of(new Scope(List.of("pull", "push", "delete"), "*", "repository")), TokenStatus.ENABLED));
		});
		server.verify(1, expected(WireMock.getRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)), auth)
			.withHeader("Content-Type", absent()));
	}

	@ParameterizedTest
	@EnumSource(Auth.class)
	void listSendsDefaultPageAndDecodesThePage(Auth auth) {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 2))));
		withApi(auth, (api) -> {
			TokensResponse page = api.registriesTokensGet(REGISTRY_ID);
			assertThat(page.offset()).isZero();
			assertThat(page.limit()).isEqualTo(100);
			assertThat(page.count()).isEqualTo(2);
			assertThat(page.total()).isEqualTo(2);
			assertThat(page.id()).isEqualTo("tokens");
			assertThat(page.type()).isEqualTo("collection");
			assertThat(page.href()).isEqualTo("https://api.ionos.com/containerregistries" + TOKENS_PATH);
			assertThat(page.links()).isEqualTo(new PaginationLinks(TOKENS_PATH + "?offset=100&limit=100",
					TOKENS_PATH + "?offset=0&limit=100", TOKENS_PATH + "?offset=0&limit=100"));
			assertThat(page.items()).extracting(TokenResponse::id)
				.containsExactly(TokenJson.tokenId(0), TokenJson.tokenId(1));
			assertThat(page.items()).extracting((token) -> token.properties().name())
				.containsExactly("token-0", "token-1");
		});
		server.verify(1, expected(WireMock.getRequestedFor(WireMock.urlEqualTo(TOKENS_PATH + "?offset=0&limit=100")),
				auth));
	}

	@Test
	void listSendsOffsetLimitMaxResultsAndFilters() {
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(200, 50, 210))));
		withApi(Auth.BEARER, (api) -> {
			TokensResponse page = api.registriesTokensGet(REGISTRY_ID,
					TokensQuery.page(200, 50).withMaxResults(10).withFilter("name", "ci push"));
			assertThat(page.count()).isEqualTo(10);
			assertThat(page.items()).hasSize(10);
		});
		server.verify(1, expected(WireMock.getRequestedFor(WireMock.urlEqualTo(
				TOKENS_PATH + "?offset=200&limit=50&maxResults=10&filter.name=ci%20push")), Auth.BEARER));
	}

	@ParameterizedTest
	@EnumSource(Auth.class)
	void postSendsThePropertiesAndDecodesTheOneTimePassword(Auth auth) {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withHeader("Location", TOKEN_PATH)
				.withBody(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD))));
		withApi(auth, (api) -> {
			PostTokenOutput created = api.registriesTokensPost(REGISTRY_ID,
					PostTokenInput.of(PostTokenProperties.named("ci-push")
						.withExpiryDate(OffsetDateTime.of(2027, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC))
						.withScopes(Scope.repository("app/*", Scope.PULL, Scope.PUSH))
						.withStatus(TokenStatus.ENABLED)));
			assertThat(created.id()).isEqualTo(TOKEN_ID);
			assertThat(created.properties().name()).isEqualTo("ci-push");
			assertThat(created.properties().credentials()).isEqualTo(new Credentials(ONE_TIME_PASSWORD, "ci-push"));
			assertThat(created.properties().credentials().toString()).doesNotContain(ONE_TIME_PASSWORD);
			assertThat(created.toString()).doesNotContain(ONE_TIME_PASSWORD);
			assertThat(created.metadata().state()).isEqualTo("Running");
		});
		server.verify(1, expected(WireMock.postRequestedFor(WireMock.urlEqualTo(TOKENS_PATH)), auth)
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{ "properties": {
					    "name": "ci-push",
					    "expiryDate": "2027-01-23T04:56:07Z",
					    "scopes": [ { "name": "app/*", "type": "repository", "actions": ["pull", "push"] } ],
					    "status": "enabled" } }
					""")));
	}

	@Test
	void postLeavesOutWhatIsNotSet() {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.token(TOKEN_ID, "pull-only", ONE_TIME_PASSWORD))));
		withApi(Auth.BEARER,
				(api) -> api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named("pull-only"))));
		server.verify(1, WireMock.postRequestedFor(WireMock.urlEqualTo(TOKENS_PATH))
			.withRequestBody(equalToJson("{ \"properties\": { \"name\": \"pull-only\" } }")));
	}

	@ParameterizedTest
	@EnumSource(Auth.class)
	void putSendsTheReplacementToTheChosenId(Auth auth) {
		server.stubFor(WireMock.put(TOKEN_PATH)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withHeader("Location", TOKEN_PATH)
				.withBody(TokenJson.token(TOKEN_ID, "push-token", ONE_TIME_PASSWORD))));
		withApi(auth, (api) -> {
			PutTokenOutput output = api.registriesTokensPut(REGISTRY_ID, TOKEN_ID,
					PutTokenInput.of(PostTokenProperties.named("push-token")
						.withScopes(Scope.repository("*", Scope.PULL))
						.withStatus(TokenStatus.DISABLED)));
			assertThat(output.id()).isEqualTo(TOKEN_ID);
			assertThat(output.href()).endsWith(TOKEN_PATH);
			assertThat(output.properties().credentials().password()).isEqualTo(ONE_TIME_PASSWORD);
		});
		server.verify(1, expected(WireMock.putRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)), auth)
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{ "properties": {
					    "name": "push-token",
					    "scopes": [ { "name": "*", "type": "repository", "actions": ["pull"] } ],
					    "status": "disabled" } }
					""")));
	}

	@ParameterizedTest
	@EnumSource(Auth.class)
	void patchSendsOnlyTheChangesAndNullToClearTheExpiry(Auth auth) {
		server.stubFor(WireMock.patch(WireMock.urlEqualTo(TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		withApi(auth, (api) -> {
			TokenResponse token = api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID,
					PatchTokenInput.disable().withoutExpiryDate());
			assertThat(token.id()).isEqualTo(TOKEN_ID);
		});
		server.verify(1, expected(WireMock.patchRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)), auth)
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{ \"status\": \"disabled\", \"expiryDate\": null }")));
	}

	@Test
	void patchSetsExpiryAndReplacesScopes() {
		server.stubFor(WireMock.patch(WireMock.urlEqualTo(TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		withApi(Auth.BEARER, (api) -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID,
				PatchTokenInput.empty().withExpiryDate(OffsetDateTime.of(2027, 3, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)))
					.withScopes(Scope.repository("web", Scope.PULL), Scope.repository("api", Scope.PULL, Scope.PUSH))));
		server.verify(1, WireMock.patchRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)).withRequestBody(equalToJson("""
				{ "expiryDate": "2027-03-01T12:00:00+02:00",
				  "scopes": [ { "name": "web", "type": "repository", "actions": ["pull"] },
				              { "name": "api", "type": "repository", "actions": ["pull", "push"] } ] }
				""")));
	}

	@Test
	void patchLeavesOutAnExpiryThatIsKept() {
		server.stubFor(WireMock.patch(WireMock.urlEqualTo(TOKEN_PATH)).willReturn(okJson(TokenJson.token())));
		withApi(Auth.BEARER, (api) -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, PatchTokenInput.enable()));
		server.verify(1, WireMock.patchRequestedFor(WireMock.urlEqualTo(TOKEN_PATH))
			.withRequestBody(equalToJson("{ \"status\": \"enabled\" }")));
		assertThat(PatchTokenInput.enable().expiryDate()).isEqualTo(ExpiryDateChange.keep());
		assertThat(PatchTokenInput.empty().withoutExpiryDate().expiryDate()).isEqualTo(ExpiryDateChange.clear());
	}

	@ParameterizedTest
	@EnumSource(Auth.class)
	void deleteSendsDeleteAndAcceptsNoContent(Auth auth) {
		server.stubFor(WireMock.delete(TOKEN_PATH).willReturn(aResponse().withStatus(204)));
		withApi(auth, (api) -> api.registriesTokensDelete(REGISTRY_ID, TOKEN_ID));
		server.verify(1, expected(WireMock.deleteRequestedFor(WireMock.urlEqualTo(TOKEN_PATH)), auth)
			.withHeader("Content-Type", absent()));
	}

	@Test
	void decodingToleratesUnknownFieldsUnknownStatusAndTimestampsWithoutOffset() {
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(okJson("""
				{ "id": "%s", "newTopLevelField": { "x": 1 },
				  "metadata": { "createdDate": "2026-01-23T04:56:07", "state": "Running", "extra": true },
				  "properties": { "name": "push-token", "status": "suspended", "credentials": { "username": "u", "password": "" },
				                  "scopes": [ { "name": "*", "type": "repository", "actions": ["pull"], "more": 1 } ] } }
				""".formatted(TOKEN_ID))));
		withApi(Auth.BEARER, (api) -> {
			TokenResponse token = api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID);
			assertThat(token.metadata().createdDate())
				.isEqualTo(OffsetDateTime.of(2026, 1, 23, 4, 56, 7, 0, ZoneOffset.UTC));
			assertThat(token.metadata().lastModifiedDate()).isNull();
			assertThat(token.properties().status()).isEqualTo(TokenStatus.UNKNOWN);
			assertThat(token.properties().expiryDate()).isNull();
			assertThat(token.properties().scopes()).containsExactly(Scope.repository("*", Scope.PULL));
		});
	}

}
