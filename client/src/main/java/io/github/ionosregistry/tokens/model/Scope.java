package io.github.ionosregistry.tokens.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What a token may do: the {@code actions} (for example {@code pull}, {@code push}, {@code delete}) on the
 * resources of {@code type} (for example {@code repository}) whose name matches {@code name} ({@code *} for all).
 *
 * @param actions the allowed actions, never {@code null} (an absent list decodes as empty)
 * @param name the resource name or pattern
 * @param type the resource type
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scope(List<String> actions, @Nullable String name, @Nullable String type) {

	/** The type of a scope on repositories. */
	public static final String REPOSITORY = "repository";

	/** The type of a scope on the registry itself. */
	public static final String REGISTRY = "registry";

	public static final String PULL = "pull";

	public static final String PUSH = "push";

	public static final String DELETE = "delete";

	/** The scope types IONOS documents; the client refuses others unless told to accept them. */
	public static final List<String> TYPES = List.of(REPOSITORY, REGISTRY);

	/** The actions IONOS documents; the client refuses others unless told to accept them. */
	public static final List<String> ACTIONS = List.of(PULL, PUSH, DELETE);

	public Scope(@Nullable List<String> actions, @Nullable String name, @Nullable String type) {
		this.actions = (actions != null) ? Collections.unmodifiableList(new ArrayList<>(actions)) : List.of();
		this.name = name;
		this.type = type;
	}

	/**
	 * A scope on the repositories matching {@code name}.
	 * @param name a repository name or pattern, {@code *} for all
	 * @param actions the allowed actions, such as {@link #PULL} and {@link #PUSH}
	 * @return the scope
	 */
	public static Scope repository(String name, String... actions) {
		return new Scope(Arrays.asList(actions), name, REPOSITORY);
	}

	/**
	 * A scope written as {@code docker} and registries write one, {@code type:name:action,action}: for example
	 * {@code repository:app/*:pull,push}. The name may hold colons (a port); the type is before the first colon and
	 * the actions after the last. The words are not checked here: the API's calls check them.
	 * @param text the scope
	 * @return the scope
	 * @throws IllegalArgumentException if the text does not have the three parts
	 */
	public static Scope parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("scope must not be null");
		}
		int first = text.indexOf(':');
		int last = text.lastIndexOf(':');
		if (first <= 0 || last == first || last == text.length() - 1 || last == first + 1) {
			throw new IllegalArgumentException("scope '" + text
					+ "' must look like type:name:actions, such as repository:app/*:pull,push");
		}
		List<String> actions = new ArrayList<>();
		for (String action : text.substring(last + 1).split(",", -1)) {
			if (action.isBlank()) {
				throw new IllegalArgumentException("scope '" + text + "' has an empty action");
			}
			actions.add(action.trim());
		}
		return new Scope(actions, text.substring(first + 1, last), text.substring(0, first));
	}

	/**
	 * This scope as {@link #parse} reads it: {@code type:name:action,action}.
	 * @return the text
	 */
	public String toText() {
		return this.type + ":" + this.name + ":" + String.join(",", this.actions);
	}

}
