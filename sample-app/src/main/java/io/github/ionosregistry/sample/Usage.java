package io.github.ionosregistry.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands of the tool: each one's usage line, its options, and the text {@code help} prints.
 */
final class Usage {

	/** A command: how many arguments it takes, its options (those that take no value marked), its usage. */
	record Command(String name, List<String> arguments, Set<String> options, Set<String> flags, String usage) {

	}

	static final Map<String, Command> COMMANDS = commands(
			new Command("list", List.of(), Set.of(), Set.of(), "list                      list the registry's tokens"),
			new Command("show", List.of("id"), Set.of(), Set.of(), "show <id>                 show one token"),
			new Command("create", List.of("name"), Set.of("expires", "scope", "docker-config"), Set.of("no-scopes"),
					"create <name> --scope <type>:<name>:<actions>... [--expires <when>] [--docker-config <file>]\n"
							+ "                          create a token and print its one-time password (a token\n"
							+ "                          without scopes can do nothing: --no-scopes to make one anyway)"),
			new Command("enable", List.of("id"), Set.of(), Set.of(), "enable <id>               switch a token on"),
			new Command("disable", List.of("id"), Set.of(), Set.of(), "disable <id>              switch a token off"),
			new Command("replace", List.of("id", "name"), Set.of("expires", "scope"), Set.of("no-scopes"),
					"replace <id> <name> [--expires <when>|never] [--scope ...]...\n"
							+ "                          create or replace the token with that id; what is not given\n"
							+ "                          (expiry, scopes, status) is kept; creating one needs --scope\n"
							+ "                          (--no-scopes to make one that can do nothing)"),
			new Command("delete", List.of("id"), Set.of(), Set.of(), "delete <id>               delete a token"),
			new Command("rotate", List.of("name"), Set.of("grace", "lifetime", "scope", "docker-config"), Set.of(),
					"rotate <name> [--grace <duration>] [--lifetime <duration>] [--scope ...]...\n"
							+ "                          [--docker-config <file>]\n"
							+ "                          make a successor of the tokens of a name (the first, with\n"
							+ "                          --scope, if there is none); the one it supersedes stays valid\n"
							+ "                          for the grace (default 1d; 0 deletes it at once; a grace\n"
							+ "                          under 61m ends 61m ahead: the service takes no expiry date\n"
							+ "                          less than an hour ahead).\n"
							+ "                          The successor lives --lifetime (longer than the grace), else\n"
							+ "                          as long as the token it succeeds did, else the grace plus 30d"),
			new Command("expiring", List.of(), Set.of("within"), Set.of(),
					"expiring [--within <duration>]\n"
							+ "                          list the tokens that expire within 7d, or the duration"),
			new Command("demo", List.of(), Set.of(), Set.of("on-real-registry"),
					"demo [--on-real-registry] create, list, disable, rotate and delete demo tokens (against a\n"
							+ "                          real registry only with --on-real-registry)"),
			new Command("help", List.of(), Set.of(), Set.of(), "help                      this text"));

	static final String TEXT = """
			Usage: ionos-registry-sample <command> [arguments]   (no IONOS credentials: a local emulator)
			%s
			<when>: 30d, 12h, 90m, P30D, 2027-01-31 or 2027-01-31T12:00:00Z; <actions>: pull, push, delete
			--docker-config merges the token into a Docker config file (~/.docker/config.json, a pull secret)
			Spring Boot properties go as --ionos.registry.registry-id=...; IONOS_TOKEN selects the real API.
			Exit codes: 0 done, 1 the API or a file refused, 2 a usage error.""".formatted(commandLines());

	private Usage() {
	}

	private static Map<String, Command> commands(Command... commands) {
		Map<String, Command> byName = new LinkedHashMap<>();
		for (Command command : commands) {
			byName.put(command.name(), command);
		}
		return byName;
	}

	private static String commandLines() {
		StringBuilder lines = new StringBuilder();
		COMMANDS.values().forEach((command) -> lines.append("  ").append(command.usage().replace("\n", "\n  "))
			.append('\n'));
		return lines.toString().stripTrailing();
	}

}
