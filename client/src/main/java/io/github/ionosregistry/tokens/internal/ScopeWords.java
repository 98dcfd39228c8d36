package io.github.ionosregistry.tokens.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.ionosregistry.tokens.model.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The scope types and actions a client accepts: those IONOS documents ({@link Scope#TYPES}, {@link Scope#ACTIONS}),
 * and the words a user told the client to accept as well. A word outside them is refused with the nearest known
 * one: {@code pish} would make a token that silently lacks {@code push}.
 *
 * @param types the accepted types
 * @param actions the accepted actions
 */
public record ScopeWords(Set<String> types, Set<String> actions) {

	/** The words IONOS documents, and no others. */
	public static final ScopeWords DOCUMENTED = new ScopeWords(Set.copyOf(Scope.TYPES), Set.copyOf(Scope.ACTIONS));

	public ScopeWords {
		types = Set.copyOf(types);
		actions = Set.copyOf(actions);
	}

	/**
	 * These words and more.
	 * @param words types or actions to accept as well
	 * @return the words
	 */
	public ScopeWords and(List<String> words) {
		Set<String> moreTypes = new LinkedHashSet<>(this.types);
		Set<String> moreActions = new LinkedHashSet<>(this.actions);
		for (String word : words) {
			if (word == null || !word.matches("[a-z][a-z0-9_-]*")) {
				throw new IllegalArgumentException(
						"a scope word to accept must be lowercase letters, digits, '-' or '_', was '" + word + "'");
			}
			moreTypes.add(word);
			moreActions.add(word);
		}
		return new ScopeWords(moreTypes, moreActions);
	}

	/**
	 * Checks the words of scopes.
	 * @param scopes the scopes
	 * @param name the argument's name, such as {@code token.scopes}
	 * @throws IllegalArgumentException naming the scope and the word, with the nearest known one
	 */
	public void check(List<Scope> scopes, String name) {
		for (int i = 0; i < scopes.size(); i++) {
			check(scopes.get(i), name + "[" + i + "]");
		}
	}

	/**
	 * Checks the words of one scope.
	 * @param scope the scope
	 * @param name the argument's name, such as {@code scope}
	 * @throws IllegalArgumentException naming the word, with the nearest known one
	 */
	public void check(Scope scope, String name) {
		check(scope, name, "a word IONOS added later can be accepted with TokensApiBuilder.acceptScopeWords");
	}

	/**
	 * Checks a scope's words, saying what to do about a later word in the caller's own terms.
	 * @param scope the scope
	 * @param name the argument's name
	 * @param whenLater what to do if IONOS added the word later, or {@code null} to say nothing of it
	 * @throws IllegalArgumentException naming the word, with the nearest known one
	 */
	public void check(Scope scope, String name, @Nullable String whenLater) {
		String type = scope.type();
		if (type != null && !this.types.contains(type)) {
			throw unknown(name + " type", type, this.types, Scope.TYPES, whenLater);
		}
		if (scope.actions().isEmpty()) {
			throw new IllegalArgumentException(name + " has no actions: a scope without actions allows nothing");
		}
		for (String action : scope.actions()) {
			if (!this.actions.contains(action)) {
				throw unknown(name + " action", action, this.actions, Scope.ACTIONS, whenLater);
			}
		}
	}

	private static IllegalArgumentException unknown(String name, String word, Set<String> accepted,
			List<String> documented, @Nullable String whenLater) {
		String hint = NearestWord.among(word, accepted).map((nearest) -> ": did you mean '" + nearest + "'?")
			.orElse(": IONOS documents " + String.join(", ", documented));
		return new IllegalArgumentException(name + " '" + word + "' is not a word the client knows" + hint
				+ ((whenLater != null) ? " (" + whenLater + ")" : ""));
	}

}
