package io.github.ionosregistry.sample;

import java.util.Arrays;

import io.github.ionosregistry.tokens.model.Scope;

/**
 * Reads a scope written as {@code <type>:<name>:<actions>}, such as {@code repository:app/*:pull,push}, and
 * writes one back.
 */
final class ScopeArgument {

	private ScopeArgument() {
	}

	static Scope parse(String text) {
		int first = text.indexOf(':');
		int last = text.lastIndexOf(':');
		if (first <= 0 || last == first || last == text.length() - 1 || last - first == 1) {
			throw new IllegalArgumentException(
					"scope '" + text + "' must be <type>:<name>:<actions>, such as repository:app/*:pull,push");
		}
		return new Scope(Arrays.stream(text.substring(last + 1).split(",")).map(String::strip).toList(),
				text.substring(first + 1, last), text.substring(0, first));
	}

	static String format(Scope scope) {
		return scope.type() + ":" + scope.name() + ":" + String.join(",", scope.actions());
	}

}
