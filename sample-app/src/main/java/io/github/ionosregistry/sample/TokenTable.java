package io.github.ionosregistry.sample;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;

/**
 * Prints tokens as an aligned table, or one token as a list of fields.
 */
final class TokenTable {

	private static final List<String> HEADER = List.of("ID", "NAME", "STATUS", "EXPIRES", "SCOPES");

	private TokenTable() {
	}

	static void print(List<TokenResponse> tokens, PrintStream out) {
		if (tokens.isEmpty()) {
			out.println("(no tokens)");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		tokens.forEach((token) -> rows.add(List.of(String.valueOf(token.id()), name(token), status(token),
				expires(token), scopes(token))));
		int[] widths = new int[HEADER.size()];
		for (List<String> row : rows) {
			for (int column = 0; column < row.size(); column++) {
				widths[column] = Math.max(widths[column], row.get(column).length());
			}
		}
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int column = 0; column < row.size(); column++) {
				String cell = row.get(column);
				line.append(cell);
				if (column < row.size() - 1) {
					line.append(" ".repeat(widths[column] - cell.length() + 2));
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}

	static void printOne(TokenResponse token, PrintStream out) {
		out.println("id:       " + token.id());
		out.println("name:     " + name(token));
		out.println("status:   " + status(token));
		out.println("expires:  " + expires(token));
		out.println("scopes:   " + scopes(token));
		if (token.metadata() != null) {
			if (token.metadata().createdDate() != null) {
				out.println("created:  " + Times.format(token.metadata().createdDate()) + " by "
						+ token.metadata().createdBy());
			}
			if (token.metadata().lastModifiedDate() != null) {
				out.println("modified: " + Times.format(token.metadata().lastModifiedDate()) + " by "
						+ token.metadata().lastModifiedBy());
			}
			String state = token.metadata().state();
			if (state != null && !state.equalsIgnoreCase(status(token))) {
				// The resource's state, when it says more than the token's status (a token being made, say).
				out.println("state:    " + state);
			}
		}
	}

	static String name(TokenResponse token) {
		TokenProperties properties = token.properties();
		return (properties != null) ? String.valueOf(properties.name()) : "";
	}

	private static String status(TokenResponse token) {
		TokenProperties properties = token.properties();
		return (properties != null && properties.status() != null) ? properties.status().value() : "";
	}

	private static String expires(TokenResponse token) {
		TokenProperties properties = token.properties();
		return (properties != null && properties.expiryDate() != null) ? Times.format(properties.expiryDate()) : "never";
	}

	private static String scopes(TokenResponse token) {
		TokenProperties properties = token.properties();
		if (properties == null || properties.scopes().isEmpty()) {
			return "-";
		}
		return properties.scopes().stream().map(Scope::toText).collect(Collectors.joining(" "));
	}

}
