package io.github.ionosregistry.emulator;

import java.util.Arrays;
import java.util.List;

/**
 * What an emulated token may do: the {@code actions} on the resources of {@code type} whose name matches
 * {@code name}, as the API's {@code EmulatedScope}.
 *
 * @param actions the allowed actions, such as {@code pull} and {@code push}
 * @param name the resource name or pattern, {@code *} for all
 * @param type the resource type, such as {@code repository}
 * @since 0.1.0
 */
public record EmulatedScope(List<String> actions, String name, String type) {

	public static final String REPOSITORY = "repository";

	public static final String PULL = "pull";

	public static final String PUSH = "push";

	public static final String DELETE = "delete";

	public EmulatedScope {
		actions = List.copyOf(actions);
	}

	/**
	 * A scope on the repositories matching {@code name}.
	 * @param name a repository name or pattern, {@code *} for all
	 * @param actions the allowed actions
	 * @return the scope
	 */
	public static EmulatedScope repository(String name, String... actions) {
		return new EmulatedScope(Arrays.asList(actions), name, REPOSITORY);
	}

}
