package io.github.ionosregistry.tokens;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Bad arguments to each operation: a clear {@link IllegalArgumentException} naming the argument, before any
 * request.
 */
class TokensApiBadInputTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@AfterEach
	void serverReceivedNothing() {
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	static Stream<Arguments> badCalls() {
		PostTokenInput valid = PostTokenInput.of(PostTokenProperties.named("ci-push"));
		return Stream.of(
				bad("findById without registry id", "registryId", (api) -> api.registriesTokensFindById(null, TOKEN_ID)),
				bad("findById without token id", "tokenId", (api) -> api.registriesTokensFindById(REGISTRY_ID, null)),
				bad("delete without registry id", "registryId", (api) -> api.registriesTokensDelete(null, TOKEN_ID)),
				bad("delete without token id", "tokenId", (api) -> api.registriesTokensDelete(REGISTRY_ID, null)),
				bad("list without registry id", "registryId", (api) -> api.registriesTokensGet(null)),
				bad("list without query", "query", (api) -> api.registriesTokensGet(REGISTRY_ID, null)),
				bad("list with negative offset", "offset", (api) -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.page(-1, 10))),
				bad("list with zero limit", "limit", (api) -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.page(0, 0))),
				bad("list with negative limit", "limit", (api) -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.page(0, -5))),
				bad("list with limit over the maximum", "limit", (api) -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.page(0, 1001))),
				bad("list with zero maxResults", "maxResults", (api) -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.firstPage().withMaxResults(0))),
				bad("list with blank filter key", "filters", (api) -> api.registriesTokensGet(REGISTRY_ID, TokensQuery.firstPage().withFilter(" ", "x"))),
				bad("list with null filter value", "filters", (api) -> api.registriesTokensGet(REGISTRY_ID, new TokensQuery(0, 10, null, nullValueFilter()))),
				bad("listAll without registry id", "registryId", (api) -> api.listAll(null)),
				bad("post without registry id", "registryId", (api) -> api.registriesTokensPost(null, valid)),
				bad("post without input", "postTokenInput", (api) -> api.registriesTokensPost(REGISTRY_ID, null)),
				bad("post without properties", "postTokenInput.properties", (api) -> api.registriesTokensPost(REGISTRY_ID, new PostTokenInput(null))),
				bad("post without name", "postTokenInput.properties.name", (api) -> api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named(null)))),
				badName("post with a name starting with a digit", "1ci-push"),
				badName("post with a one-letter name", "a"),
				badName("post with a name ending in a hyphen", "ci-push-"),
				badName("post with a 64-character name", "a".repeat(64)),
				badName("post with an underscore in the name", "ci_push"),
				badName("post with a space in the name", "ci push"),
				badName("post with an empty name", ""),
				bad("post with status UNKNOWN", "postTokenInput.properties.status", (api) -> api.registriesTokensPost(REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("ci-push").withStatus(TokenStatus.UNKNOWN)))),
				bad("post with a null scope", "postTokenInput.properties.scopes[0]", (api) -> api.registriesTokensPost(REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("ci-push").withScopes(Collections.singletonList(null))))),
				bad("post with a scope without name", "postTokenInput.properties.scopes[0].name", (api) -> api.registriesTokensPost(REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("ci-push").withScopes(new Scope(List.of("pull"), null, "repository"))))),
				bad("post with a scope of blank type", "postTokenInput.properties.scopes[1].type", (api) -> api.registriesTokensPost(REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("ci-push").withScopes(Scope.repository("*", "pull"), new Scope(List.of("pull"), "*", " "))))),
				bad("post with a blank action", "postTokenInput.properties.scopes[0].actions", (api) -> api.registriesTokensPost(REGISTRY_ID,
						PostTokenInput.of(PostTokenProperties.named("ci-push").withScopes(Scope.repository("*", "pull", ""))))),
				bad("put without token id", "tokenId", (api) -> api.registriesTokensPut(REGISTRY_ID, null, PutTokenInput.of(PostTokenProperties.named("ci-push")))),
				bad("put without input", "putTokenInput", (api) -> api.registriesTokensPut(REGISTRY_ID, TOKEN_ID, null)),
				bad("put with a bad name", "putTokenInput.properties.name", (api) -> api.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(PostTokenProperties.named("-x")))),
				bad("patch without registry id", "registryId", (api) -> api.registriesTokensPatch(null, TOKEN_ID, PatchTokenInput.enable())),
				bad("patch without input", "patchTokenInput", (api) -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID, null)),
				bad("patch with status UNKNOWN", "patchTokenInput.status", (api) -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID,
						PatchTokenInput.enable().withStatus(TokenStatus.UNKNOWN))),
				bad("patch with a scope of blank type", "patchTokenInput.scopes[0].type", (api) -> api.registriesTokensPatch(REGISTRY_ID, TOKEN_ID,
						PatchTokenInput.empty().withScopes(new Scope(List.of("pull"), "*", "")))));
	}

	private static Map<String, String> nullValueFilter() {
		Map<String, String> filters = new HashMap<>();
		filters.put("name", null);
		return filters;
	}

	private static Arguments badName(String description, String name) {
		return bad(description, "postTokenInput.properties.name",
				(api) -> api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named(name))));
	}

	private static Arguments bad(String description, String namedInMessage, Consumer<TokensApi> call) {
		return Arguments.of(description, namedInMessage, call);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badCalls")
	void failsBeforeAnyRequestNamingTheArgument(String description, String namedInMessage, Consumer<TokensApi> call) {
		TestApis.with(TestApis.builder(server.baseUrl()), (api) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> call.accept(api))
			.withMessageContaining(namedInMessage));
	}

}
