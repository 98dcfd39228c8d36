package io.github.ionosregistry.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The scopes of {@code ionos.registry.rotation.<base-name>.scopes} as they were written. Spring Boot splits a
 * property value at its commas, and the actions of a scope are comma-separated too ({@code repository:app/*:pull,push}
 * arrives as {@code repository:app/*:pull} and {@code push}): an element without a colon is one more action of the
 * scope before it.
 *
 * @since 0.1.0
 */
public final class RotationScopes {

	private RotationScopes() {
	}

	/**
	 * The scopes, each as {@code type:name:actions}.
	 * @param elements the property's elements
	 * @return the scopes, joined again
	 */
	public static List<String> of(List<String> elements) {
		List<String> scopes = new ArrayList<>();
		for (String element : elements) {
			if (!element.contains(":") && !scopes.isEmpty()) {
				scopes.set(scopes.size() - 1, scopes.get(scopes.size() - 1) + "," + element);
			}
			else {
				scopes.add(element);
			}
		}
		return scopes;
	}

}
