package io.github.ionosregistry.emulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a token may do in its registry, asked scope by scope, as the registry's token server decides it.
 * <p>
 * The rule: for a requested scope, the granted actions are those asked for that some scope of the token allows,
 * where a token scope allows its actions on the resources of its {@code type} whose names match its {@code name}.
 * A {@code *} in a token scope's name matches any run of characters, {@code /} included: {@code app/*} matches
 * {@code app/web} and {@code app/web/api}, {@code *} matches every repository; any other character matches itself.
 * Several token scopes add up; actions never asked for are never granted; a requested scope of which nothing is
 * granted is left out.
 */
final class RegistryGrants {

	private RegistryGrants() {
	}

	/**
	 * The access a token gets.
	 * @param tokenScopes the token's scopes
	 * @param requested the scopes asked for
	 * @return the granted scopes, each with the actions granted, in the order asked
	 */
	static List<RegistryScope> grant(List<EmulatedScope> tokenScopes, List<RegistryScope> requested) {
		List<RegistryScope> granted = new ArrayList<>();
		for (RegistryScope asked : requested) {
			Set<String> allowed = new LinkedHashSet<>();
			for (EmulatedScope scope : tokenScopes) {
				if (scope.type().equals(asked.type()) && matches(scope.name(), asked.name())) {
					allowed.addAll(scope.actions());
				}
			}
			List<String> actions = asked.actions().stream().filter(allowed::contains).toList();
			if (!actions.isEmpty()) {
				granted.add(new RegistryScope(asked.type(), asked.name(), actions));
			}
		}
		return granted;
	}

	static boolean matches(String glob, String name) {
		StringBuilder regex = new StringBuilder();
		for (String literal : glob.split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(literal));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(name).matches();
	}

}
