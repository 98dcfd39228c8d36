package io.github.ionosregistry.sample;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.github.ionosregistry.tokens.DockerConfigUpdate;
import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.SupersededToken;
import io.github.ionosregistry.tokens.TokenRotation;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * The commands of the tool, on the injected {@link RegistryTokens} of {@code ionos.registry.registry-id}.
 */
@Component
class TokenCli {

	static final int OK = 0;

	static final int API_FAILURE = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: <command> [arguments]
			  list                                        list the registry's tokens
			  show <id>                                   show one token
			  create <name> [--expires <when>] [--scope <type>:<name>:<actions>]... [--docker-config <file>]
			                                              create a token and print its one-time password
			  enable <id> | disable <id>                  switch a token on or off
			  replace <id> <name> [--expires <when>|never] [--scope ...]...
			                                              create or replace the token with that id; what is not
			                                              given (expiry, scopes, status) is kept
			  delete <id>                                 delete a token
			  rotate <name> [--grace <duration>] [--docker-config <file>]
			                                              make a successor of the tokens of a name; those it
			                                              supersedes stay valid for the grace (default 1d,
			                                              0 deletes them at once), older ones are deleted
			  expiring [--within <duration>]              list the tokens that expire within 7d, or the duration
			  (no command)                                run a demo
			<when>: 30d, 12h, 90m, P30D, 2027-01-31 or 2027-01-31T12:00:00Z
			--docker-config writes the Docker config JSON (~/.docker/config.json, a Kubernetes pull secret)""";

	private static final Pattern ROTATION_SUFFIX = Pattern.compile("-\\d{14}$");

	private static final Duration DEFAULT_EXPIRY_WINDOW = Duration.ofDays(7);

	private final RegistryTokens tokens;

	private final Clock clock;

	@Autowired
	TokenCli(RegistryTokens tokens) {
		this(tokens, Clock.systemUTC());
	}

	TokenCli(RegistryTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Runs one command.
	 * @param out where to print
	 * @param args the command and its arguments; none for the demo
	 * @return the exit code
	 */
	int run(PrintStream out, String... args) {
		try {
			CommandLine commandLine = CommandLine.parse(args);
			switch (commandLine.command()) {
				case "demo" -> demo(out);
				case "list" -> TokenTable.print(this.tokens.list(), out);
				case "show" -> show(out, id(commandLine.argument(0, "id")));
				case "create" -> create(out, commandLine.argument(0, "name"), commandLine.option("expires"),
						scopes(commandLine.scopes()), commandLine.option("docker-config"));
				case "enable", "disable" -> setStatus(out, id(commandLine.argument(0, "id")),
						commandLine.command().equals("enable") ? TokenStatus.ENABLED : TokenStatus.DISABLED);
				case "replace" -> replace(out, commandLine);
				case "delete" -> delete(out, id(commandLine.argument(0, "id")));
				case "rotate" -> rotate(out, commandLine.argument(0, "name"), grace(commandLine.option("grace")),
						commandLine.option("docker-config"));
				case "expiring" -> expiring(out, commandLine.option("within"));
				default -> throw new IllegalArgumentException("unknown command '" + commandLine.command() + "'");
			}
			return OK;
		}
		catch (IonosRegistryException | IllegalStateException ex) {
			out.println("Error: " + ex.getMessage());
			return API_FAILURE;
		}
		catch (IllegalArgumentException ex) {
			out.println("Error: " + ex.getMessage());
			out.println(USAGE_TEXT);
			return USAGE;
		}
	}

	private void demo(PrintStream out) {
		out.println("Demo on registry " + this.tokens.registryId());
		out.println();
		out.println("$ create demo-ci-push --expires 30d --scope repository:app/*:pull,push");
		create(out, "demo-ci-push", "30d", List.of(Scope.repository("app/*", Scope.PULL, Scope.PUSH)), null);
		out.println();
		out.println("$ create demo-ci-pull --expires 7d --scope repository:*:pull");
		PutTokenOutput pull = create(out, "demo-ci-pull", "7d", List.of(Scope.repository("*", Scope.PULL)), null);
		out.println();
		out.println("$ list");
		TokenTable.print(this.tokens.list(), out);
		out.println();
		out.println("$ disable " + pull.id());
		setStatus(out, idOf(pull.id()), TokenStatus.DISABLED);
		out.println();
		out.println("$ rotate demo-ci-push --grace 1h");
		TokenRotation rotation = rotate(out, "demo-ci-push", Duration.ofHours(1), null);
		out.println();
		out.println("$ expiring --within 8d");
		expiring(out, "8d");
		out.println();
		out.println("$ list");
		TokenTable.print(this.tokens.list(), out);
		out.println();
		List<UUID> demoTokens = new ArrayList<>();
		demoTokens.add(idOf(Objects.requireNonNull(rotation.successor()).id()));
		rotation.superseded().forEach((superseded) -> demoTokens.add(idOf(superseded.token().id())));
		demoTokens.add(idOf(pull.id()));
		for (UUID token : demoTokens) {
			out.println("$ delete " + token);
			delete(out, token);
		}
		out.println();
		out.println("$ list");
		TokenTable.print(this.tokens.list(), out);
	}

	private void show(PrintStream out, UUID tokenId) {
		TokenResponse token = this.tokens.find(tokenId)
			.orElseThrow(() -> new IllegalArgumentException("no token with id " + tokenId + " in registry "
					+ this.tokens.registryId()));
		TokenTable.printOne(token, out);
	}

	/** Creates with the safe create: a repeat after a lost answer cannot make a second token. */
	private PutTokenOutput create(PrintStream out, String name, @Nullable String expires, List<Scope> scopes,
			@Nullable String dockerConfig) {
		PostTokenProperties token = PostTokenProperties.named(name)
			.withExpiryDate((expires != null) ? ExpiryArgument.parse(expires, this.clock) : null)
			.withScopes(scopes);
		PutTokenOutput created = this.tokens.create(token);
		out.println("Created token " + name + " (id " + created.id() + ")");
		printPassword(out, created.properties());
		writeDockerConfig(out, created, dockerConfig);
		return created;
	}

	private void setStatus(PrintStream out, UUID tokenId, TokenStatus status) {
		TokenResponse token = this.tokens.update(tokenId,
				(status == TokenStatus.ENABLED) ? PatchTokenInput.enable() : PatchTokenInput.disable());
		out.println(((status == TokenStatus.ENABLED) ? "Enabled" : "Disabled") + " token " + TokenTable.name(token)
				+ " (id " + tokenId + ")");
	}

	/**
	 * Creates or replaces the token with that id. A replace keeps what the command line does not give: the expiry
	 * date (cleared only by {@code --expires never}), the scopes and the status.
	 */
	private void replace(PrintStream out, CommandLine commandLine) {
		UUID tokenId = id(commandLine.argument(0, "id"));
		String name = commandLine.argument(1, "name");
		Optional<TokenProperties> existing = this.tokens.find(tokenId).map(TokenResponse::properties);
		String expires = commandLine.option("expires");
		PostTokenProperties token = PostTokenProperties.named(name)
			.withExpiryDate(expiryDate(expires, existing))
			.withScopes(commandLine.scopes().isEmpty() ? existing.map(TokenProperties::scopes).orElse(List.of())
					: scopes(commandLine.scopes()))
			.withStatus(existing.map(TokenProperties::status).orElse(null));
		PutTokenOutput output = this.tokens.put(tokenId, token);
		boolean created = output.hasPassword();
		out.println((created ? "Created" : "Replaced") + " token " + name + " (id " + tokenId + ")");
		if (created) {
			printPassword(out, output.properties());
		}
	}

	private @Nullable OffsetDateTime expiryDate(@Nullable String expires, Optional<TokenProperties> existing) {
		if (expires == null) {
			return existing.map(TokenProperties::expiryDate).orElse(null);
		}
		return expires.equals("never") ? null : ExpiryArgument.parse(expires, this.clock);
	}

	private void delete(PrintStream out, UUID tokenId) {
		this.tokens.delete(tokenId);
		out.println("Deleted token " + tokenId);
	}

	/** Rotates with the library's rule: a successor now; superseded tokens stay valid for the grace. */
	private TokenRotation rotate(PrintStream out, String name, Duration grace, @Nullable String dockerConfig) {
		String baseName = ROTATION_SUFFIX.matcher(name).replaceFirst("");
		TokenRotation rotation;
		try {
			rotation = this.tokens.rotate(baseName, RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(grace));
		}
		catch (IllegalStateException ex) {
			throw new IllegalArgumentException("no token named '" + baseName + "' or '" + baseName
					+ "-<yyyyMMddHHmmss>' to rotate");
		}
		PutTokenOutput successor = rotation.successor();
		if (successor == null) {
			throw new IllegalStateException("A token of " + baseName + " was created this very second: try again");
		}
		TokenProperties properties = successor.properties();
		out.println("Created successor " + ((properties != null) ? properties.name() : baseName) + " (id "
				+ successor.id() + ")");
		printPassword(out, properties);
		for (SupersededToken superseded : rotation.superseded()) {
			out.println("Superseded " + TokenTable.name(superseded.token()) + " (id " + superseded.token().id()
					+ ") stays valid until " + superseded.retiresAt() + ": hand the successor to its consumers");
		}
		for (TokenResponse retired : rotation.retired()) {
			out.println("Deleted predecessor " + TokenTable.name(retired) + " (id " + retired.id() + ")");
		}
		for (TokenResponse kept : rotation.notRetired()) {
			out.println("Could not delete predecessor " + TokenTable.name(kept) + " (id " + kept.id()
					+ ") now: the next rotation deletes it");
		}
		writeDockerConfig(out, successor, dockerConfig);
		return rotation;
	}

	private static Duration grace(@Nullable String grace) {
		if (grace == null) {
			return RotationPolicy.DEFAULT_RETIRE_AFTER;
		}
		try {
			Duration duration = grace.strip().equals("0") ? Duration.ZERO : DurationStyle.detectAndParse(grace);
			if (!duration.isNegative()) {
				return duration;
			}
		}
		catch (IllegalArgumentException ex) {
			// said below
		}
		throw new IllegalArgumentException("--grace '" + grace + "' must be a duration such as 1h or 1d, or 0");
	}

	private void expiring(PrintStream out, @Nullable String within) {
		Duration window;
		try {
			window = (within != null) ? DurationStyle.detectAndParse(within) : DEFAULT_EXPIRY_WINDOW;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--within '" + within + "' must be a duration, such as 7d or 12h");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("--within '" + within + "' must be a positive duration");
		}
		List<TokenResponse> expiring = this.tokens.expiringWithin(window);
		if (expiring.isEmpty()) {
			out.println("(no token expires within " + ((within != null) ? within : "7d") + ")");
			return;
		}
		TokenTable.print(expiring, out);
	}

	private void writeDockerConfig(PrintStream out, PutTokenOutput created, @Nullable String file) {
		if (file == null) {
			return;
		}
		DockerCredentials docker = this.tokens.dockerCredentials(created);
		Path path = Path.of(file);
		DockerConfigUpdate update = docker.writeDockerConfig(path);
		out.println("Wrote Docker credentials for " + docker.hostname() + " to " + path
				+ " (its other entries kept; readable by its owner only)");
		if (!update.usedByDocker()) {
			out.println("Warning: Docker reads the credentials of " + docker.hostname() + " from a credential helper ("
					+ update.credentialHelper() + "), not from this entry");
		}
	}

	private static void printPassword(PrintStream out, @Nullable TokenProperties properties) {
		if (properties != null && properties.credentials() != null && properties.credentials().hasPassword()) {
			out.println("  registry login:     " + properties.credentials().username());
			out.println("  one-time password:  " + properties.credentials().password()
					+ "   (shown only now: store it)");
		}
	}

	private static UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a token id (a UUID)");
		}
	}

	private static List<Scope> scopes(List<String> scopes) {
		return scopes.stream().map(ScopeArgument::parse).toList();
	}

	private static UUID idOf(@Nullable UUID id) {
		if (id == null) {
			throw new IllegalStateException("The API answered a token without its id");
		}
		return id;
	}

}
