package io.github.ionosregistry.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The flags of {@code java -jar ionos-registry-emulator.jar}, checked: a flag that is unknown, repeated or malformed
 * is refused with a message naming it.
 *
 * @param port the port, 0 for any free one
 * @param credentials the credentials the emulator accepts
 * @param stateFile the file that keeps the tokens, or {@code null}
 * @param latency the delay of every answer
 * @param failRate the share of requests that fail
 * @param seed the seed of the faults
 * @param registries the registries named or given a hostname on the command line
 * @param authKey the file of the registry token signing key, or {@code null}
 * @param authCertificate where to write the signing key's certificate, or {@code null}
 */
record CommandLineOptions(int port, EmulatorCredentials credentials, @Nullable Path stateFile, Duration latency,
		double failRate, long seed, List<EmulatedRegistry> registries, @Nullable Path authKey,
		@Nullable Path authCertificate) {

	static final int DEFAULT_PORT = 8089;

	static final String USAGE = """
			Usage: java -jar ionos-registry-emulator.jar [options]
			  --port=8089           the port on 127.0.0.1 (0: any free port)
			  --token=T             the API token to accept (default: emulator-token)
			  --username=U --password=P
			                        a user name and password to accept, instead of or with a token
			  --state=FILE          keep the tokens in FILE: loaded at start, written after every change
			  --latency=20ms        delay every answer (ms, s, m, or ISO-8601 such as PT0.5S)
			  --fail-rate=0.05      fail that share of API requests (never registry logins): 503, or the
			                        connection dropped before or after the change is made
			  --seed=N              the seed of the faults, for the same faults on every run (default: 0)
			  --registry=ID=NAME    name the registry ID (GET /registries/ID answers NAME and the hostname
			                        NAME.cr.ionos.com); others are registry-<first 8 hex digits of their id>
			  --registry-hostname=ID=HOST[:PORT]
			                        give the registry ID that hostname: a local registry that trusts the
			                        emulator's tokens, for which Docker credentials are then written
			  --auth-key=FILE       sign registry tokens with the key in FILE (PEM), made there if missing,
			                        so that a restart keeps the certificate registries trust
			  --auth-certificate=FILE
			                        write the PEM certificate of the signing key to FILE: a registry's
			                        auth.token.rootcertbundle (realm <url>/auth/token, issuer
			                        ionos-registry-emulator, service: the registry's hostname)
			  --help                this text""";

	private static final List<String> FLAGS = List.of("port", "token", "username", "password", "state", "latency",
			"fail-rate", "seed", "registry", "registry-hostname", "auth-key", "auth-certificate", "help");

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

	/**
	 * Reads the flags.
	 * @param args the command line
	 * @return the options, or {@code null} if help was asked for
	 * @throws IllegalArgumentException naming the flag that is wrong
	 */
	static @Nullable CommandLineOptions parse(String... args) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "': flags look like --name=value");
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, (equals < 0) ? arg.length() : equals);
			if (!FLAGS.contains(name)) {
				throw new IllegalArgumentException("unknown flag --" + name);
			}
			if (flags.put(name, (equals < 0) ? "" : arg.substring(equals + 1)) != null) {
				throw new IllegalArgumentException("--" + name + " is given twice");
			}
		}
		if (flags.containsKey("help")) {
			return null;
		}
		return new CommandLineOptions(port(flags.get("port")), credentials(flags), stateFile(flags.get("state")),
				latency(flags.get("latency")), failRate(flags.get("fail-rate")), seed(flags.get("seed")),
				registries(flags.get("registry"), flags.get("registry-hostname")), file(flags, "auth-key"),
				file(flags, "auth-certificate"));
	}

	private static List<EmulatedRegistry> registries(@Nullable String named, @Nullable String hostname) {
		Map<UUID, EmulatedRegistry> registries = new LinkedHashMap<>();
		if (named != null) {
			Map.Entry<UUID, String> entry = idAnd("registry", "ID=NAME", named);
			registries.put(entry.getKey(), checked("registry", () -> EmulatedRegistry.named(entry.getKey(), entry.getValue())));
		}
		if (hostname != null) {
			Map.Entry<UUID, String> entry = idAnd("registry-hostname", "ID=HOST[:PORT]", hostname);
			EmulatedRegistry registry = registries.getOrDefault(entry.getKey(), EmulatedRegistry.unnamed(entry.getKey()));
			registries.put(entry.getKey(), checked("registry-hostname", () -> registry.withHostname(entry.getValue())));
		}
		return List.copyOf(registries.values());
	}

	private static Map.Entry<UUID, String> idAnd(String flag, String form, String value) {
		int equals = value.indexOf('=');
		if (equals < 0) {
			throw new IllegalArgumentException("--" + flag + " must be " + form + ", was '" + value + "'");
		}
		try {
			return Map.entry(UUID.fromString(value.substring(0, equals)), value.substring(equals + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"--" + flag + ": '" + value.substring(0, equals) + "' is not a registry id (a UUID)");
		}
	}

	private static EmulatedRegistry checked(String flag, java.util.function.Supplier<EmulatedRegistry> registry) {
		try {
			return registry.get();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--" + flag + ": " + ex.getMessage());
		}
	}

	private static @Nullable Path file(Map<String, String> flags, String flag) {
		String value = flags.get(flag);
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException("--" + flag + " must name a file");
		}
		Path path = Path.of(value);
		if (Files.isDirectory(path)) {
			throw new IllegalArgumentException("--" + flag + " '" + value + "' is a directory, not a file");
		}
		return path;
	}

	private static int port(@Nullable String value) {
		if (value == null) {
			return DEFAULT_PORT;
		}
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--port must be a number from 0 to 65535, was '" + value + "'");
	}

	private static EmulatorCredentials credentials(Map<String, String> flags) {
		String token = nonBlank(flags, "token");
		String username = nonBlank(flags, "username");
		String password = nonBlank(flags, "password");
		if ((username == null) != (password == null)) {
			throw new IllegalArgumentException("--username and --password go together");
		}
		if (token == null && username == null) {
			return EmulatorCredentials.token(EmulatorCredentials.DEFAULT_TOKEN);
		}
		return new EmulatorCredentials(token, username, password);
	}

	private static @Nullable String nonBlank(Map<String, String> flags, String name) {
		String value = flags.get(name);
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("--" + name + " must not be empty");
		}
		return value;
	}

	private static @Nullable Path stateFile(@Nullable String value) {
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException("--state must name a file");
		}
		Path path = Path.of(value);
		if (Files.isDirectory(path)) {
			throw new IllegalArgumentException("--state '" + value + "' is a directory, not a file");
		}
		Path directory = path.toAbsolutePath().getParent();
		if (directory == null || !Files.isDirectory(directory)) {
			throw new IllegalArgumentException("--state '" + value + "': its directory does not exist");
		}
		return path;
	}

	private static Duration latency(@Nullable String value) {
		if (value == null) {
			return Duration.ZERO;
		}
		Matcher shortForm = SHORT_DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
		try {
			Duration latency;
			if (shortForm.matches()) {
				long amount = Long.parseLong(shortForm.group(1));
				latency = switch (shortForm.group(2)) {
					case "ms" -> Duration.ofMillis(amount);
					case "s" -> Duration.ofSeconds(amount);
					default -> Duration.ofMinutes(amount);
				};
			}
			else {
				latency = Duration.parse(value.strip());
			}
			if (!latency.isNegative() && latency.compareTo(Duration.ofMinutes(10)) <= 0) {
				return latency;
			}
		}
		catch (DateTimeParseException | ArithmeticException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				"--latency must be a duration from 0 to 10m such as 20ms, 2s or PT0.5S, was '" + value + "'");
	}

	private static double failRate(@Nullable String value) {
		if (value == null) {
			return 0;
		}
		try {
			double rate = Double.parseDouble(value);
			if (rate >= 0 && rate <= 1) {
				return rate;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--fail-rate must be a number from 0 to 1, was '" + value + "'");
	}

	private static long seed(@Nullable String value) {
		if (value == null) {
			return 0;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--seed must be a whole number, was '" + value + "'");
		}
	}

}
