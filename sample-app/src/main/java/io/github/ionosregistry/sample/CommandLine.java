package io.github.ionosregistry.sample;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.internal.NearestWord;
import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.Scope;
import org.jspecify.annotations.Nullable;

/**
 * A command with its positional arguments, options ({@code --expires 30d} or {@code --expires=30d}) and flags
 * ({@code --no-scopes}), checked against what the command takes before anything runs: a usage error never starts the
 * application, let alone calls the API. Spring Boot property arguments, such as
 * {@code --ionos.registry.registry-id=...}, are left to Spring Boot.
 *
 * @param command the command; {@code help} when none was given
 * @param arguments the positional arguments after the command
 * @param options the single-valued options given, by name without the dashes
 * @param scopes the {@code --scope} values, in order
 * @param flags the flags given, by name without the dashes
 */
record CommandLine(String command, List<String> arguments, Map<String, String> options, List<String> scopes,
		Set<String> flags) {

	private static final Set<String> HELP = Set.of("help", "--help", "-h");

	static CommandLine parse(String... commandLine) {
		List<String> args = Arrays.stream(commandLine).filter((arg) -> !isSpringProperty(arg)).toList();
		if (args.isEmpty() || HELP.contains(args.get(0))) {
			return new CommandLine("help", List.of(), Map.of(), List.of(), Set.of());
		}
		Usage.Command command = Usage.COMMANDS.get(args.get(0));
		if (command == null) {
			throw new UsageException("unknown command '" + args.get(0) + "'"
					+ NearestWord.among(args.get(0), Usage.COMMANDS.keySet())
						.map((nearest) -> ": did you mean '" + nearest + "'?")
						.orElse(""), null);
		}
		List<String> arguments = new ArrayList<>();
		List<String> scopes = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		Set<String> flags = new LinkedHashSet<>();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				arguments.add(arg);
				continue;
			}
			String name = (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg).substring(2);
			if (command.flags().contains(name) && !arg.contains("=")) {
				flags.add(name);
				continue;
			}
			if (!command.options().contains(name)) {
				throw unknownOption(command, arg, name);
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			}
			else {
				throw new UsageException("--" + name + " needs a value", command);
			}
			if (name.equals("scope")) {
				scopes.add(value);
			}
			else if (options.put(name, value) != null) {
				throw new UsageException("--" + name + " is given twice", command);
			}
		}
		CommandLine parsed = new CommandLine(command.name(), List.copyOf(arguments), Map.copyOf(options),
				List.copyOf(scopes), Set.copyOf(flags));
		parsed.check(command);
		return parsed;
	}

	private static UsageException unknownOption(Usage.Command command, String arg, String name) {
		Set<String> known = new LinkedHashSet<>(command.options());
		known.addAll(command.flags());
		if (known.isEmpty()) {
			return new UsageException(command.name() + " takes no option, was " + arg, command);
		}
		return new UsageException("unknown option " + arg + " for " + command.name()
				+ NearestWord.among(name, known).map((nearest) -> ": did you mean --" + nearest + "?").orElse(""),
				command);
	}

	/** Checks the arguments and the values of the options, as far as they can be checked without the API. */
	private void check(Usage.Command command) {
		if (this.arguments.size() < command.arguments().size()) {
			throw new UsageException(this.command + " needs <" + command.arguments().get(this.arguments.size()) + ">",
					command);
		}
		if (this.arguments.size() > command.arguments().size()) {
			throw new UsageException("unexpected argument '" + this.arguments.get(command.arguments().size())
					+ "' for " + this.command, command);
		}
		for (int i = 0; i < this.arguments.size(); i++) {
			String value = this.arguments.get(i);
			switch (command.arguments().get(i)) {
				case "id" -> tokenId(value, command);
				case "name" -> {
					if (this.command.equals("rotate") ? !RegistryTokens.isBaseName(RegistryTokens.baseNameOf(value))
							: !PostTokenProperties.NAME_PATTERN.matcher(value).matches()) {
						throw new UsageException("'" + value + "' is not a token name: 2 to "
								+ (this.command.equals("rotate") ? RegistryTokens.MAX_BASE_NAME_LENGTH : 63)
								+ " letters, digits or hyphens, starting with a letter, not ending with a hyphen",
								command);
					}
				}
				default -> {
				}
			}
		}
		String expires = option("expires");
		if (expires != null && !(this.command.equals("replace") && expires.equals("never"))) {
			usage(() -> ExpiryArgument.parse(expires, Clock.systemUTC()), command);
		}
		for (String scope : this.scopes) {
			usage(() -> ScopeWords.DOCUMENTED.check(Scope.parse(scope), "scope '" + scope + "'", null), command);
		}
		if (this.command.equals("create") && this.scopes.isEmpty() && !this.flags.contains("no-scopes")) {
			throw new UsageException("create needs at least one --scope: a token without scopes can do nothing "
					+ "(--no-scopes makes one anyway)", command);
		}
		String grace = option("grace");
		if (grace != null) {
			usage(() -> DurationArgument.grace(grace), command);
		}
		String within = option("within");
		if (within != null) {
			usage(() -> DurationArgument.within(within), command);
		}
		String lifetime = option("lifetime");
		if (lifetime != null) {
			usage(() -> DurationArgument.lifetime(lifetime, DurationArgument.grace(grace)), command);
		}
	}

	private static void tokenId(String value, Usage.Command command) {
		try {
			UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("'" + value + "' is not a token id (a UUID, as list shows)", command);
		}
	}

	private static void usage(Runnable check, Usage.Command command) {
		try {
			check.run();
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(String.valueOf(ex.getMessage()), command);
		}
	}

	private static boolean isSpringProperty(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 0 && arg.substring(0, equals).contains(".");
	}

	String argument(int index) {
		return this.arguments.get(index);
	}

	@Nullable String option(String name) {
		return this.options.get(name);
	}

	boolean flag(String name) {
		return this.flags.contains(name);
	}

	/** A command line that is wrong: the tool says why, with the command's usage, and exits with 2. */
	static final class UsageException extends IllegalArgumentException {

		private final transient Usage.@Nullable Command command;

		UsageException(String message, Usage.@Nullable Command command) {
			super(message);
			this.command = command;
		}

		/** The usage of the command it is about, or where to find every command's. */
		String hint() {
			return (this.command != null) ? "Usage: " + this.command.usage().lines().findFirst().orElse("")
					: "Run 'help' for the commands.";
		}

	}

}
