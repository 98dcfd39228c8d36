package io.github.ionosregistry.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One scope of the Docker token authentication protocol, {@code type:name:actions}, such as
 * {@code repository:app/web:pull,push}: what a client asks for, and what a token grants.
 *
 * @param type the resource type, such as {@code repository}
 * @param name the resource name, such as {@code app/web}
 * @param actions the actions, such as {@code pull} and {@code push}
 */
record RegistryScope(String type, String name, List<String> actions) {

	RegistryScope {
		actions = List.copyOf(actions);
	}

	/**
	 * Reads the {@code scope} parameters of a token request; each may hold several scopes separated by spaces.
	 * @param parameters the values of the {@code scope} parameters
	 * @return the scopes asked for
	 * @throws EmulatorException a 400 naming a scope that is not {@code type:name:actions}
	 */
	static List<RegistryScope> parse(List<String> parameters) {
		List<RegistryScope> scopes = new ArrayList<>();
		for (String parameter : parameters) {
			for (String scope : parameter.trim().split(" +")) {
				if (!scope.isEmpty()) {
					scopes.add(parseOne(scope));
				}
			}
		}
		return scopes;
	}

	private static RegistryScope parseOne(String scope) {
		int firstColon = scope.indexOf(':');
		int lastColon = scope.lastIndexOf(':');
		if (firstColon <= 0 || lastColon <= firstColon + 1) {
			throw EmulatorException.badRequest("scope '" + TokenRequests.shortened(scope)
					+ "' must be type:name:actions, such as repository:app/web:pull,push");
		}
		List<String> actions = Arrays.stream(scope.substring(lastColon + 1).split(",", -1))
			.filter((action) -> !action.isEmpty())
			.distinct()
			.toList();
		return new RegistryScope(scope.substring(0, firstColon), scope.substring(firstColon + 1, lastColon), actions);
	}

}
