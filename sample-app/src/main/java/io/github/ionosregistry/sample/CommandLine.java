package io.github.ionosregistry.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A command with its positional arguments and its options ({@code --expires}, {@code --scope},
 * {@code --docker-config}, {@code --within}), each written {@code --option value} or {@code --option=value}. Spring
 * Boot property arguments, such as {@code --ionos.registry.registry-id=...}, are left to Spring Boot.
 *
 * @param command the command, {@code demo} when none was given
 * @param arguments the positional arguments after the command
 * @param options the single-valued options given, by name without the dashes
 * @param scopes the {@code --scope} values, in order
 */
record CommandLine(String command, List<String> arguments, Map<String, String> options, List<String> scopes) {

	private static final Set<String> SINGLE_VALUED = Set.of("expires", "docker-config", "within", "grace");

	static CommandLine parse(String... commandLine) {
		List<String> args = Arrays.stream(commandLine).filter((arg) -> !isSpringProperty(arg)).toList();
		if (args.isEmpty()) {
			return new CommandLine("demo", List.of(), Map.of(), List.of());
		}
		List<String> arguments = new ArrayList<>();
		List<String> scopes = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				arguments.add(arg);
				continue;
			}
			String option = (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg).substring(2);
			if (!option.equals("scope") && !SINGLE_VALUED.contains(option)) {
				throw new IllegalArgumentException("unknown option " + arg);
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.size()) {
				value = args.get(++i);
			}
			else {
				throw new IllegalArgumentException(arg + " needs a value");
			}
			if (option.equals("scope")) {
				scopes.add(value);
			}
			else {
				options.put(option, value);
			}
		}
		return new CommandLine(args.get(0), List.copyOf(arguments), Map.copyOf(options), List.copyOf(scopes));
	}

	private static boolean isSpringProperty(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 0 && arg.substring(0, equals).contains(".");
	}

	String argument(int index, String name) {
		if (index >= this.arguments.size()) {
			throw new IllegalArgumentException(this.command + " needs <" + name + ">");
		}
		return this.arguments.get(index);
	}

	@Nullable String option(String name) {
		return this.options.get(name);
	}

}
