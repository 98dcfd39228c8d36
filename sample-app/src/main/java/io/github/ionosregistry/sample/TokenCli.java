package io.github.ionosregistry.sample;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.IonosApiException;
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
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The commands of the tool, on the injected {@link RegistryTokens} of {@code ionos.registry.registry-id}. Results go
 * to standard output, errors to standard error. Exit codes: {@value #OK} done, {@value #REFUSED} the API or a file
 * refused, {@value #USAGE} a usage error. Everything that can be checked before a change is checked before it: the
 * arguments, the scope words, a Docker config file to write.
 */
@Component
class TokenCli {

	static final int OK = 0;

	static final int REFUSED = 1;

	static final int USAGE = 2;

	private static final Duration DEFAULT_EXPIRY_WINDOW = Duration.ofDays(7);

	private final RegistryTokens tokens;

	private final Clock clock;

	private final boolean localEmulator;

	@Autowired
	TokenCli(RegistryTokens tokens, Environment environment) {
		this(tokens, Clock.systemUTC(),
				environment.containsProperty(LocalEmulatorEnvironmentPostProcessor.EMULATOR_URL_PROPERTY));
	}

	TokenCli(RegistryTokens tokens, Clock clock, boolean localEmulator) {
		this.tokens = tokens;
		this.clock = clock;
		this.localEmulator = localEmulator;
	}

	/**
	 * Runs one command.
	 * @param out where results go
	 * @param err where errors go
	 * @param args the command and its arguments
	 * @return the exit code
	 */
	int run(PrintStream out, PrintStream err, String... args) {
		try {
			CommandLine commandLine = CommandLine.parse(args);
			run(out, commandLine);
			return OK;
		}
		catch (CommandLine.UsageException ex) {
			err.println("Error: " + ex.getMessage());
			err.println(ex.hint());
			return USAGE;
		}
		catch (IonosRegistryException ex) {
			err.println("Error: " + ServiceAnswers.describe(ex));
			return REFUSED;
		}
		catch (IllegalStateException | IllegalArgumentException | UncheckedIOException ex) {
			err.println("Error: " + ex.getMessage());
			return REFUSED;
		}
	}

	private void run(PrintStream out, CommandLine commandLine) {
		switch (commandLine.command()) {
			case "help" -> out.println(Usage.TEXT);
			case "demo" -> demo(out, commandLine);
			case "list" -> TokenTable.print(this.tokens.list(), out);
			case "show" -> show(out, id(commandLine.argument(0)));
			case "create" -> create(out, commandLine.argument(0), commandLine.option("expires"),
					scopes(commandLine.scopes()), commandLine.option("docker-config"));
			case "enable", "disable" -> setStatus(out, id(commandLine.argument(0)),
					commandLine.command().equals("enable") ? TokenStatus.ENABLED : TokenStatus.DISABLED);
			case "replace" -> replace(out, commandLine);
			case "delete" -> delete(out, id(commandLine.argument(0)));
			case "rotate" -> rotate(out, commandLine.argument(0), policy(commandLine), commandLine.option("docker-config"));
			case "expiring" -> expiring(out, commandLine.option("within"));
			default -> throw new IllegalStateException("no such command: " + commandLine.command());
		}
	}

	private void demo(PrintStream out, CommandLine commandLine) {
		if (!this.localEmulator && !commandLine.flag("on-real-registry")) {
			throw new CommandLine.UsageException("the demo creates, rotates and deletes tokens of registry "
					+ this.tokens.registryId() + ", a real one: add --on-real-registry to do that",
					Usage.COMMANDS.get("demo"));
		}
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
		TokenRotation rotation = rotate(out, "demo-ci-push",
				RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(Duration.ofHours(1)), null);
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
		TokenResponse token = this.tokens.find(tokenId).orElseThrow(() -> noSuchToken(tokenId));
		TokenTable.printOne(token, out);
	}

	private IllegalStateException noSuchToken(UUID tokenId) {
		return new IllegalStateException("no token with id " + tokenId + " in registry " + this.tokens.registryId()
				+ " ('list' shows them)");
	}

	/** Runs a call on one token; the service's "not found" said as {@link #show} says it. */
	private <T> T onToken(UUID tokenId, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (IonosApiException ex) {
			if (ex.isNotFound()) {
				throw noSuchToken(tokenId);
			}
			throw ex;
		}
	}

	/**
	 * Creates with the safe create: a repeat after a lost answer cannot make a second token. A Docker config file to
	 * write is checked first, so that a file that would refuse the token gets no token made for it.
	 */
	private PutTokenOutput create(PrintStream out, String name, @Nullable String expires, List<Scope> scopes,
			@Nullable String dockerConfig) {
		CredentialDelivery destination = destination(out, dockerConfig);
		destination.checkReady();
		PostTokenProperties token = PostTokenProperties.named(name)
			.withExpiryDate((expires != null) ? ExpiryArgument.parse(expires, this.clock) : null)
			.withScopes(scopes);
		PutTokenOutput created = createNamed(token);
		out.println("Created token " + name + " (id " + created.id() + ")");
		printPassword(out, created.properties());
		if (dockerConfig != null) {
			destination.deliver(this.tokens.dockerCredentials(created), new TokenRotation(created, List.of(), List.of()));
		}
		return created;
	}

	/** Creates a token; a name the registry has already said with the token that has it. */
	private PutTokenOutput createNamed(PostTokenProperties token) {
		try {
			return this.tokens.create(token);
		}
		catch (IonosApiException ex) {
			if (ex.isConflict()) {
				String existing = this.tokens.listAll()
					.filter((listed) -> TokenTable.name(listed).equals(token.name()))
					.map((listed) -> " (id " + listed.id() + ")")
					.findFirst()
					.orElse("");
				throw new IllegalStateException("a token named " + token.name() + " exists in registry "
						+ this.tokens.registryId() + existing + ": choose another name, or make its successor with 'rotate "
						+ token.name() + "'");
			}
			throw ex;
		}
	}

	private void setStatus(PrintStream out, UUID tokenId, TokenStatus status) {
		TokenResponse token = onToken(tokenId, () -> this.tokens.update(tokenId,
				(status == TokenStatus.ENABLED) ? PatchTokenInput.enable() : PatchTokenInput.disable()));
		out.println(((status == TokenStatus.ENABLED) ? "Enabled" : "Disabled") + " token " + TokenTable.name(token)
				+ " (id " + tokenId + ")");
	}

	/**
	 * Creates or replaces the token with that id. A replace keeps what the command line does not give: the expiry
	 * date (cleared only by {@code --expires never}), the scopes and the status.
	 */
	private void replace(PrintStream out, CommandLine commandLine) {
		UUID tokenId = id(commandLine.argument(0));
		String name = commandLine.argument(1);
		Optional<TokenProperties> existing = this.tokens.find(tokenId).map(TokenResponse::properties);
		if (existing.isEmpty() && commandLine.scopes().isEmpty() && !commandLine.flag("no-scopes")) {
			throw new CommandLine.UsageException("there is no token with id " + tokenId + ": replace would create one, "
					+ "and a token without scopes can do nothing: give --scope (--no-scopes makes one anyway)",
					Usage.COMMANDS.get("replace"));
		}
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
		onToken(tokenId, () -> {
			this.tokens.delete(tokenId);
			return tokenId;
		});
		out.println("Deleted token " + tokenId);
	}

	/** The policy of a rotation asked for now: the grace, the successor's lifetime if given, the scopes. */
	private static RotationPolicy policy(CommandLine commandLine) {
		Duration grace = DurationArgument.grace(commandLine.option("grace"));
		RotationPolicy policy = RotationPolicy.rotateAfter(Duration.ZERO).withRetireAfter(grace);
		String lifetime = commandLine.option("lifetime");
		if (lifetime != null) {
			policy = policy.withLifetime(DurationArgument.lifetime(lifetime, grace));
		}
		List<Scope> scopes = scopes(commandLine.scopes());
		return scopes.isEmpty() ? policy : policy.withScopes(scopes.toArray(Scope[]::new));
	}

	/**
	 * Rotates with the library's rule: a successor now, delivered (into the Docker config file, if one is given)
	 * before the token it supersedes starts its grace, which that token's expiry date then enforces.
	 */
	private TokenRotation rotate(PrintStream out, String name, RotationPolicy policy, @Nullable String dockerConfig) {
		String baseName = RegistryTokens.baseNameOf(name);
		if (policy.scopes().isEmpty() && this.tokens.listAll().noneMatch((token) -> isOf(baseName, token))) {
			throw new CommandLine.UsageException("there is no token named '" + baseName + "' or '" + baseName
					+ "-<yyyyMMddHHmmss>' yet: give --scope to make the first", Usage.COMMANDS.get("rotate"));
		}
		TokenRotation rotation = this.tokens.rotate(baseName, policy, destination(out, dockerConfig));
		PutTokenOutput successor = rotation.successor();
		if (successor == null) {
			throw new IllegalStateException("A token of " + baseName + " was created this very second: try again");
		}
		TokenProperties properties = successor.properties();
		out.println("Created successor " + ((properties != null) ? properties.name() : baseName) + " (id "
				+ successor.id() + ")" + expiresText(properties));
		printPassword(out, properties);
		for (SupersededToken superseded : rotation.superseded()) {
			out.println("Superseded " + TokenTable.name(superseded.token()) + " (id " + superseded.token().id()
					+ ") stays valid until " + Times.format(superseded.retiresAt())
					+ ", its expiry date: hand the successor to its consumers before" + floorNote(policy, superseded));
		}
		for (TokenResponse retired : rotation.retired()) {
			out.println("Deleted predecessor " + TokenTable.name(retired) + " (id " + retired.id() + ")");
		}
		return rotation;
	}

	/** Why a grace shorter than the service's shortest expiry lasts longer than asked. */
	private static String floorNote(RotationPolicy policy, SupersededToken superseded) {
		Duration grace = policy.retireAfter();
		boolean stretched = !grace.isZero() && grace.compareTo(Duration.ofHours(1)) < 0
				&& superseded.retiresAt().isAfter(superseded.supersededAt().plus(grace));
		return stretched ? " (not " + DurationArgument.words(grace) + ": the service takes no expiry date less than an "
				+ "hour ahead)" : "";
	}

	private static String expiresText(@Nullable TokenProperties properties) {
		return (properties != null && properties.expiryDate() != null)
				? ", expires " + Times.format(properties.expiryDate()) : "";
	}

	private static boolean isOf(String baseName, TokenResponse token) {
		return RegistryTokens.baseNameOf(TokenTable.name(token)).equals(baseName);
	}

	private void expiring(PrintStream out, @Nullable String within) {
		Duration window = (within != null) ? DurationArgument.within(within) : DEFAULT_EXPIRY_WINDOW;
		List<TokenResponse> expiring = this.tokens.expiringWithin(window);
		if (expiring.isEmpty()) {
			out.println("(no token expires within " + ((within != null) ? within : "7d") + ")");
			return;
		}
		TokenTable.print(expiring, out);
	}

	/** Where a new token's credentials go: the Docker config file, if one is given, said on the way. */
	private CredentialDelivery destination(PrintStream out, @Nullable String file) {
		if (file == null) {
			return CredentialDelivery.NONE;
		}
		return CredentialDelivery.dockerConfig(Path.of(file)).andThen(new CredentialDelivery() {

			@Override
			public void checkReady() {
				TokenCli.this.tokens.hostname();
			}

			@Override
			public void deliver(DockerCredentials credentials, TokenRotation rotation) {
				out.println("Wrote Docker credentials for " + credentials.hostname() + " to " + file
						+ " (its other entries kept; readable by its owner only)");
			}

		});
	}

	private static void printPassword(PrintStream out, @Nullable TokenProperties properties) {
		if (properties != null && properties.credentials() != null && properties.credentials().hasPassword()) {
			out.println("  registry login:     " + properties.credentials().username());
			out.println("  one-time password:  " + properties.credentials().password()
					+ "   (shown only now: store it)");
		}
	}

	private static UUID id(String text) {
		return UUID.fromString(text);
	}

	private static List<Scope> scopes(List<String> scopes) {
		return scopes.stream().map(Scope::parse).toList();
	}

	private static UUID idOf(@Nullable UUID id) {
		if (id == null) {
			throw new IllegalStateException("The API answered a token without its id");
		}
		return id;
	}

}
