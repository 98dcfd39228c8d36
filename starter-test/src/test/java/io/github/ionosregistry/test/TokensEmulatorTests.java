package io.github.ionosregistry.test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.tokens.model.ApiErrorMessage;
import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.model.PaginationLinks;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensQuery;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every behaviour of the emulator, driven through the auto-configured {@link TokensApi}.
 */
@SpringBootTest(properties = "ionos.registry.retry.initial-delay=5ms")
@AutoConfigureIonosRegistryEmulator(requestJournal = 1000)
class TokensEmulatorTests {

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	private static final UUID OTHER_REGISTRY = UUID.fromString("9d4c7b1e-2f3a-4b5c-8d6e-7f8091a2b3c4");

	@Autowired
	private TokensApi api;

	@Autowired
	private TokensEmulator emulator;

	private PostTokenOutput create(String name) {
		return this.api.registriesTokensPost(REGISTRY, PostTokenInput.of(PostTokenProperties.named(name)));
	}

	private IonosApiException failure(Runnable call) {
		return catchThrowableOfType(IonosApiException.class, call::run);
	}

	@Test
	void createReturnsThePasswordOnceAndLocation() {
		OffsetDateTime expiry = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0);
		PostTokenOutput created = this.api.registriesTokensPost(REGISTRY, PostTokenInput.of(PostTokenProperties
			.named("ci-push")
			.withExpiryDate(expiry)
			.withScopes(Scope.repository("app", Scope.PULL, Scope.PUSH))));

		assertThat(created.id()).isNotNull();
		assertThat(created.type()).isEqualTo("token");
		assertThat(created.href()).isEqualTo(this.emulator.apiUrl() + "/registries/" + REGISTRY + "/tokens/" + created.id());
		assertThat(created.properties().name()).isEqualTo("ci-push");
		assertThat(created.properties().status()).isEqualTo(TokenStatus.ENABLED);
		assertThat(created.properties().expiryDate()).isEqualTo(expiry);
		assertThat(created.properties().scopes()).containsExactly(Scope.repository("app", Scope.PULL, Scope.PUSH));
		assertThat(created.properties().credentials().username()).isEqualTo("ci-push");
		assertThat(created.properties().credentials().password()).isNotEmpty();
		assertThat(created.metadata().state()).isEqualTo("Enabled");
		assertThat(created.metadata().createdDate()).isNotNull();

		TokenResponse read = this.api.registriesTokensFindById(REGISTRY, created.id());
		assertThat(read.properties().credentials().password()).isEmpty();
		assertThat(this.api.registriesTokensGet(REGISTRY).items().get(0).properties().credentials().password())
			.isEmpty();
		this.emulator.wireMock()
			.verify(WireMock.postRequestedFor(WireMock.urlEqualTo("/registries/" + REGISTRY + "/tokens")));
		assertThat(this.emulator.wireMock().getAllServeEvents().stream()
			.filter((event) -> event.getRequest().getMethod().getName().equals("POST"))
			.map((event) -> event.getResponse().getHeaders().getHeader("Location").firstValue()))
			.containsExactly(created.href());
	}

	@Test
	void duplicateNameInARegistryIsAConflict() {
		create("ci-push");
		IonosApiException conflict = failure(() -> create("ci-push"));
		assertThat(conflict.isConflict()).isTrue();
		assertThat(conflict.getMessages()).extracting(ApiErrorMessage::errorCode).containsExactly("CONFLICT");
		this.api.registriesTokensPost(OTHER_REGISTRY, PostTokenInput.of(PostTokenProperties.named("ci-push")));
		assertThat(this.emulator.tokens(OTHER_REGISTRY)).hasSize(1);
	}

	@Test
	void unknownTokenIsNotFoundForEveryOperation() {
		UUID unknown = UUID.randomUUID();
		assertThat(failure(() -> this.api.registriesTokensFindById(REGISTRY, unknown)).isNotFound()).isTrue();
		assertThat(failure(() -> this.api.registriesTokensDelete(REGISTRY, unknown)).isNotFound()).isTrue();
		assertThat(failure(() -> this.api.registriesTokensPatch(REGISTRY, unknown, PatchTokenInput.disable()))
			.isNotFound()).isTrue();
	}

	@Test
	void expiryCloserThanAnHourIsABadRequest() {
		IonosApiException badRequest = failure(() -> this.api.registriesTokensPost(REGISTRY, PostTokenInput
			.of(PostTokenProperties.named("short-lived").withExpiryDate(OffsetDateTime.now().plusMinutes(30)))));
		assertThat(badRequest.isBadRequest()).isTrue();
		assertThat(badRequest.getMessages().get(0).message()).contains("at least one hour in the future");
	}

	@Test
	void pagesAcrossSeveralPages() {
		IntStream.range(0, 250).forEach((i) -> this.emulator.seed(REGISTRY, EmulatedToken.named("token-" + i)));
		String tokens = this.emulator.apiUrl() + "/registries/" + REGISTRY + "/tokens";

		TokensResponse middle = this.api.registriesTokensGet(REGISTRY, TokensQuery.page(100, 100));
		assertThat(middle.offset()).isEqualTo(100);
		assertThat(middle.limit()).isEqualTo(100);
		assertThat(middle.count()).isEqualTo(100);
		assertThat(middle.total()).isEqualTo(250);
		assertThat(middle.items().get(0).properties().name()).isEqualTo("token-100");
		assertThat(middle.links()).isEqualTo(new PaginationLinks(tokens + "?offset=200&limit=100",
				tokens + "?offset=0&limit=100", tokens + "?offset=100&limit=100"));

		TokensResponse last = this.api.registriesTokensGet(REGISTRY, TokensQuery.page(200, 100));
		assertThat(last.count()).isEqualTo(50);
		assertThat(last.links().next()).isEmpty();

		TokensResponse beyond = this.api.registriesTokensGet(REGISTRY, TokensQuery.page(300, 100));
		assertThat(beyond.count()).isZero();
		assertThat(beyond.items()).isEmpty();

		this.emulator.wireMock().resetRequests();
		assertThat(this.api.listAll(REGISTRY).map((token) -> token.properties().name()))
			.containsExactlyElementsOf(IntStream.range(0, 250).mapToObj((i) -> "token-" + i).toList());
		assertThat(this.emulator.wireMock().getAllServeEvents()).hasSize(3);
	}

	@Test
	void patchChangesStatusExpiryAndScopes() {
		PostTokenOutput created = this.api.registriesTokensPost(REGISTRY, PostTokenInput
			.of(PostTokenProperties.named("ci-push").withScopes(Scope.repository("a", Scope.PULL))));
		OffsetDateTime expiry = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);

		TokenResponse disabled = this.api.registriesTokensPatch(REGISTRY, created.id(),
				PatchTokenInput.disable().withExpiryDate(expiry));
		assertThat(disabled.properties().status()).isEqualTo(TokenStatus.DISABLED);
		assertThat(disabled.properties().expiryDate()).isEqualTo(expiry);
		assertThat(disabled.properties().scopes()).containsExactly(Scope.repository("a", Scope.PULL));
		assertThat(disabled.metadata().state()).isEqualTo("Disabled");
		assertThat(disabled.metadata().lastModifiedDate()).isNotNull();
		assertThat(disabled.metadata().lastModifiedBy()).isEqualTo("api-token@emulator");

		TokenResponse cleared = this.api.registriesTokensPatch(REGISTRY, created.id(),
				PatchTokenInput.empty().withoutExpiryDate().withScopes(Scope.repository("b", Scope.PUSH), Scope.repository("c", Scope.DELETE)));
		assertThat(cleared.properties().expiryDate()).isNull();
		assertThat(cleared.properties().status()).isEqualTo(TokenStatus.DISABLED);
		assertThat(cleared.properties().scopes()).containsExactly(Scope.repository("b", Scope.PUSH),
				Scope.repository("c", Scope.DELETE));

		assertThat(this.api.registriesTokensPatch(REGISTRY, created.id(), PatchTokenInput.enable()).metadata().state())
			.isEqualTo("Enabled");
	}

	@Test
	void putCreatesWithTheChosenIdThenReplacesAndRefusesARename() {
		UUID chosen = UUID.randomUUID();
		PutTokenOutput created = this.api.registriesTokensPut(REGISTRY, chosen,
				PutTokenInput.of(PostTokenProperties.named("deploy").withScopes(Scope.repository("*", Scope.PULL))));
		assertThat(created.id()).isEqualTo(chosen);
		assertThat(created.properties().credentials().password()).isNotEmpty();

		PutTokenOutput replaced = this.api.registriesTokensPut(REGISTRY, chosen,
				PutTokenInput.of(PostTokenProperties.named("deploy").withStatus(TokenStatus.DISABLED)));
		assertThat(replaced.id()).isEqualTo(chosen);
		assertThat(replaced.properties().credentials().password()).isEmpty();
		assertThat(replaced.properties().status()).isEqualTo(TokenStatus.DISABLED);
		assertThat(replaced.properties().scopes()).isEmpty();
		assertThat(replaced.metadata().createdDate()).isEqualTo(created.metadata().createdDate());
		assertThat(this.emulator.tokens(REGISTRY)).hasSize(1);

		IonosApiException rename = failure(() -> this.api.registriesTokensPut(REGISTRY, chosen,
				PutTokenInput.of(PostTokenProperties.named("deploy-2"))));
		assertThat(rename.isBadRequest()).isTrue();
		assertThat(rename.getMessages().get(0).message()).contains("cannot change");
	}

	@Test
	void putWithTheNameOfAnotherTokenIsAConflict() {
		create("taken");
		assertThat(failure(() -> this.api.registriesTokensPut(REGISTRY, UUID.randomUUID(),
				PutTokenInput.of(PostTokenProperties.named("taken")))).isConflict()).isTrue();
	}

	@Test
	void deleteRemovesTheToken() {
		PostTokenOutput created = create("short");
		this.api.registriesTokensDelete(REGISTRY, created.id());
		assertThat(this.emulator.tokens(REGISTRY)).isEmpty();
		assertThat(failure(() -> this.api.registriesTokensFindById(REGISTRY, created.id())).isNotFound()).isTrue();
	}

	@Test
	void expiredTokensAreDeleted() {
		this.emulator.seed(REGISTRY, EmulatedToken.named("expired").withExpiryDate(OffsetDateTime.now().minusMinutes(1)));
		this.emulator.seed(REGISTRY, EmulatedToken.named("valid").withExpiryDate(OffsetDateTime.now().plusDays(1)));
		assertThat(this.api.listAll(REGISTRY).map((token) -> token.properties().name())).containsExactly("valid");
	}

	@Test
	void wireMockStubsOverrideTheEmulatorForFaultInjection() {
		PostTokenOutput created = create("ci-push");
		this.emulator.wireMock()
			.stubFor(WireMock.get(WireMock.urlPathMatching("/registries/.*/tokens/.*"))
				.willReturn(WireMock.aResponse().withStatus(503)));
		assertThat(failure(() -> this.api.registriesTokensFindById(REGISTRY, created.id())).getStatusCode().value())
			.isEqualTo(503);
		this.emulator.wireMock()
			.verify(4, WireMock.getRequestedFor(WireMock.urlPathMatching("/registries/.*/tokens/.*")));
	}

	@Test
	void stateIsReadableThroughTheEmulator() {
		create("one");
		create("two");
		List<EmulatedToken> tokens = this.emulator.tokens(REGISTRY);
		assertThat(tokens).extracting(EmulatedToken::name).containsExactly("one", "two");
		assertThat(tokens).allSatisfy((token) -> assertThat(token.createdBy()).isEqualTo("api-token@emulator"));
	}

}
