package io.github.ionosregistry.tokens.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link Arguments}: each refusal names the argument.
 */
class ArgumentsTests {

	@Test
	void nullIdIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requireId(null, "tokenId"))
			.withMessage("tokenId must not be null");
		assertThatNoException().isThrownBy(() -> Arguments.requireId(UUID.randomUUID(), "tokenId"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "1abc", "-abc", "abc-", "ab_c", "ab c" })
	void namesOutsideTheApiPatternAreRefused(String name) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkTokenProperties(PostTokenProperties.named(name), "token", ScopeWords.DOCUMENTED))
			.withMessageStartingWith("token.name '" + name + "' must be 2 to 63 letters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "ci-push", "A1", "x-9-y" })
	void namesInTheApiPatternAreAccepted(String name) {
		assertThatNoException()
			.isThrownBy(() -> Arguments.checkTokenProperties(PostTokenProperties.named(name), "token", ScopeWords.DOCUMENTED));
	}

	@Test
	void sixtyThreeCharactersAreTheLongestName() {
		String longest = "a" + "b".repeat(62);
		assertThatNoException()
			.isThrownBy(() -> Arguments.checkTokenProperties(PostTokenProperties.named(longest), "token", ScopeWords.DOCUMENTED));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Arguments.checkTokenProperties(PostTokenProperties.named(longest + "c"), "token", ScopeWords.DOCUMENTED));
	}

	@Test
	void unknownStatusCannotBeSent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkPatch(PatchTokenInput.enable().withStatus(TokenStatus.UNKNOWN), 
					"patch", ScopeWords.DOCUMENTED))
			.withMessage("patch.status must be ENABLED or DISABLED");
	}

	@Test
	void scopesNeedATypeANameAndActions() {
		List<Scope> scopes = Arrays.asList(Scope.repository("app", Scope.PULL), new Scope(List.of("pull"), " ", "repository"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkTokenProperties(PostTokenProperties.named("ci").withScopes(scopes), 
					"token", ScopeWords.DOCUMENTED))
			.withMessage("token.scopes[1].name must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkPatch(PatchTokenInput.empty().withScopes((Scope) null), "patch", ScopeWords.DOCUMENTED))
			.withMessage("patch.scopes[0] must not be null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "pish:push", "pul:pull", "delet:delete", "PUSH:push" })
	void anActionOutsideThoseIonosDocumentsIsRefusedWithTheNearestOne(String wrongAndNearest) {
		String[] words = wrongAndNearest.split(":");
		PostTokenProperties token = PostTokenProperties.named("ci")
			.withScopes(Scope.repository("app/*", Scope.PULL, words[0]));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkTokenProperties(token, "token", ScopeWords.DOCUMENTED))
			.withMessageStartingWith("token.scopes[0] action '" + words[0] + "' is not a word the client knows: "
					+ "did you mean '" + words[1] + "'?");
	}

	@Test
	void aTypeOutsideThoseIonosDocumentsIsRefusedWithTheNearestOne() {
		PostTokenProperties token = PostTokenProperties.named("ci")
			.withScopes(new Scope(List.of(Scope.PULL), "app", "repositry"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkPatch(PatchTokenInput.empty().withScopes(token.scopes()), "patch",
					ScopeWords.DOCUMENTED))
			.withMessageStartingWith("patch.scopes[0] type 'repositry' is not a word the client knows: did you mean "
					+ "'repository'?");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkTokenProperties(PostTokenProperties.named("ci")
				.withScopes(new Scope(List.of(Scope.PULL), "app", "bucket")), "token", ScopeWords.DOCUMENTED))
			.withMessage("token.scopes[0] type 'bucket' is not a word the client knows: IONOS documents repository, "
					+ "registry (a word IONOS added later can be accepted with TokensApiBuilder.acceptScopeWords)");
	}

	@Test
	void aScopeWithoutActionsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.checkTokenProperties(
					PostTokenProperties.named("ci").withScopes(Scope.repository("app/*")), "token", ScopeWords.DOCUMENTED))
			.withMessage("token.scopes[0] has no actions: a scope without actions allows nothing");
	}

	@Test
	void aWordTheUserAcceptsPasses() {
		PostTokenProperties token = PostTokenProperties.named("ci")
			.withScopes(new Scope(List.of("build"), "app", "pipeline"));
		assertThatNoException().isThrownBy(() -> Arguments.checkTokenProperties(token, "token",
				ScopeWords.DOCUMENTED.and(List.of("build", "pipeline"))));
		assertThatIllegalArgumentException().isThrownBy(() -> ScopeWords.DOCUMENTED.and(List.of("Build")))
			.withMessage("a scope word to accept must be lowercase letters, digits, '-' or '_', was 'Build'");
	}

	@Test
	void durationsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requirePositive(Duration.ZERO, "wait"))
			.withMessage("wait must be positive, was PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.requirePositive(null, "wait"))
			.withMessage("wait must be positive, was null");
	}

}
