package io.github.ionosregistry.tokens.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.jspecify.annotations.Nullable;

/**
 * Checks an argument of the client's calls and settings before any request, naming the argument that is wrong.
 */
public final class Arguments {

	private Arguments() {
	}

	public static UUID requireId(@Nullable UUID id, String name) {
		if (id == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return id;
	}

	public static <T> T requireNonNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	public static Duration requirePositive(@Nullable Duration duration, String name) {
		if (duration == null || !SettingRules.isPositive(duration)) {
			throw new IllegalArgumentException(name + " must be positive, was " + duration);
		}
		return duration;
	}

	public static Duration requireNonNegative(@Nullable Duration duration, String name) {
		if (duration == null || !SettingRules.isZeroOrMore(duration)) {
			throw new IllegalArgumentException(name + " must be zero or more, was " + duration);
		}
		return duration;
	}

	public static void checkTokenProperties(@Nullable PostTokenProperties given, String name, ScopeWords words) {
		PostTokenProperties properties = requireNonNull(given, name);
		String tokenName = properties.name();
		if (tokenName == null) {
			throw new IllegalArgumentException(name + ".name must not be null");
		}
		if (!PostTokenProperties.NAME_PATTERN.matcher(tokenName).matches()) {
			throw new IllegalArgumentException(name + ".name '" + tokenName
					+ "' must be 2 to 63 letters, digits or hyphens, start with a letter and not end with a hyphen");
		}
		checkStatus(properties.status(), name + ".status");
		checkScopes(properties.scopes(), name + ".scopes", words);
	}

	public static void checkPatch(@Nullable PatchTokenInput given, String name, ScopeWords words) {
		PatchTokenInput patch = requireNonNull(given, name);
		checkStatus(patch.status(), name + ".status");
		checkScopes(patch.scopes(), name + ".scopes", words);
	}

	/**
	 * Checks that a list of scopes is complete: every scope with a type, a name and actions that are not blank.
	 * @param scopes the scopes
	 * @param name the argument's name
	 */
	public static void checkScopeList(List<Scope> scopes, String name) {
		for (int i = 0; i < scopes.size(); i++) {
			Scope scope = scopes.get(i);
			String element = name + "[" + i + "]";
			requireNonNull(scope, element);
			requireText(scope.name(), element + ".name");
			requireText(scope.type(), element + ".type");
			for (String action : scope.actions()) {
				requireText(action, element + ".actions");
			}
		}
	}

	private static void checkStatus(@Nullable TokenStatus status, String name) {
		if (status == TokenStatus.UNKNOWN) {
			throw new IllegalArgumentException(name + " must be ENABLED or DISABLED");
		}
	}

	private static void checkScopes(@Nullable List<Scope> scopes, String name, ScopeWords words) {
		if (scopes == null) {
			return;
		}
		checkScopeList(scopes, name);
		words.check(scopes, name);
	}

	private static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
