package io.github.ionosregistry.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A command with its positional arguments and its {@code --expires} and {@code --scope} options. Spring Boot
 * property arguments, such as {@code --ionos.registry.registry-id=...}, are left to Spring Boot.
 *
 * @param command the command, {@code demo} when none was given
 * @param arguments the positional arguments after the command
 * @param expires the {@code --expires} value, or {@code null}
 * @param scopes the {@code --scope} values, in order
 */
record CommandLine(String command, List<String> arguments, @Nullable String expires, List<String> scopes) {

	static CommandLine parse(String... commandLine) {
		List<String> args = Arrays.stream(commandLine).filter((arg) -> !isSpringProperty(arg)).toList();
		if (args.isEmpty()) {
			return new CommandLine("demo", List.of(), null, List.of());
		}
		List<String> arguments = new ArrayList<>();
		List<String> scopes = new ArrayList<>();
		String expires = null;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (option.equals("--expires") || option.equals("--scope")) {
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
				if (option.equals("--expires")) {
					expires = value;
				}
				else {
					scopes.add(value);
				}
			}
			else if (arg.startsWith("--")) {
				throw new IllegalArgumentException("unknown option " + arg);
			}
			else {
				arguments.add(arg);
			}
		}
		return new CommandLine(args.get(0), List.copyOf(arguments), expires, List.copyOf(scopes));
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

}
