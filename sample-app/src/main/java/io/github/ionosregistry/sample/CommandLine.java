package io.github.ionosregistry.sample;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A command with its positional arguments and its {@code --expires} and {@code --scope} options.
 *
 * @param command the command, {@code demo} when none was given
 * @param arguments the positional arguments after the command
 * @param expires the {@code --expires} value, or {@code null}
 * @param scopes the {@code --scope} values, in order
 */
record CommandLine(String command, List<String> arguments, @Nullable String expires, List<String> scopes) {

	static CommandLine parse(String... args) {
		if (args.length == 0) {
			return new CommandLine("demo", List.of(), null, List.of());
		}
		List<String> arguments = new ArrayList<>();
		List<String> scopes = new ArrayList<>();
		String expires = null;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--expires") || arg.equals("--scope")) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args[++i];
				if (arg.equals("--expires")) {
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
		return new CommandLine(args[0], List.copyOf(arguments), expires, List.copyOf(scopes));
	}

	String argument(int index, String name) {
		if (index >= this.arguments.size()) {
			throw new IllegalArgumentException(this.command + " needs <" + name + ">");
		}
		return this.arguments.get(index);
	}

}
