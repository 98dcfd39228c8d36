package io.github.ionosregistry.autoconfigure.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.model.Scope;

/**
 * A base name's rotation properties as the client's {@link RotationPolicy}.
 */
final class RotationPolicies {

	private RotationPolicies() {
	}

	static RotationPolicy of(IonosRegistryRotationProperties.Rotation rotation) {
		return new RotationPolicy(Objects.requireNonNull(rotation.getRotateAfter()), rotation.getRetireAfter(),
				rotation.getLifetime(), scopes(rotation.getScopes()).stream().map(Scope::parse).toList(),
				rotation.getLease());
	}

	/**
	 * The scopes as they were written. Spring Boot splits a property value at its commas, and the actions of a scope
	 * are comma-separated too ({@code repository:app/*:pull,push} arrives as {@code repository:app/*:pull} and
	 * {@code push}): an element without a colon is one more action of the scope before it.
	 * @param elements the property's elements
	 * @return the scopes, each as {@code type:name:actions}
	 */
	static List<String> scopes(List<String> elements) {
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
