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

	public static final String REPOSITORY = "repository";

	public static final String PULL = "pull";

	public static final String PUSH = "push";

	public static final String DELETE = "delete";

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

}
