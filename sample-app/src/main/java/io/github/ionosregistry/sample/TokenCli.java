package io.github.ionosregistry.sample;

import java.io.PrintStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.github.ionosregistry.autoconfigure.IonosRegistryProperties;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import io.github.ionosregistry.tokens.TokensApi;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The commands of the tool, on the injected {@link TokensApi}.
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
			  create <name> [--expires <when>] [--scope <type>:<name>:<actions>]...
			                                              create a token and print its one-time password
			  enable <id> | disable <id>                  switch a token on or off
			  replace <id> <name> [--expires <when>] [--scope ...]...
			                                              create or replace the token with that id
			  delete <id>                                 delete a token
			  rotate <name>                               replace a token by a new one and delete the old
			  (no command)                                run a demo
			<when>: 30d, 12h, 90m, P30D, 2027-01-31 or 2027-01-31T12:00:00Z""";

	private static final Pattern ROTATION_SUFFIX = Pattern.compile("-\\d{14}$");

	private static final DateTimeFormatter ROTATION_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final TokensApi tokensApi;

	private final IonosRegistryProperties properties;

	private final Clock clock;

	@Autowired
	TokenCli(TokensApi tokensApi, IonosRegistryProperties properties) {
		this(tokensApi, properties, Clock.systemUTC());
	}

	TokenCli(TokensApi tokensApi, IonosRegistryProperties properties, Clock clock) {
		this.tokensApi = tokensApi;
		this.properties = properties;
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
			UUID registryId = registryId();
			switch (commandLine.command()) {
				case "demo" -> demo(out, registryId);
				case "list" -> list(out, registryId);
				case "show" -> TokenTable.printOne(
						this.tokensApi.registriesTokensFindById(registryId, id(commandLine.argument(0, "id"))), out);
				case "create" -> create(out, registryId, commandLine.argument(0, "name"), commandLine.expires(),
						scopes(commandLine.scopes()));
				case "enable", "disable" -> setStatus(out, registryId, id(commandLine.argument(0, "id")),
						commandLine.command().equals("enable") ? TokenStatus.ENABLED : TokenStatus.DISABLED);
				case "replace" -> replace(out, registryId, commandLine);
				case "delete" -> delete(out, registryId, id(commandLine.argument(0, "id")));
				case "rotate" -> rotate(out, registryId, commandLine.argument(0, "name"));
				default -> throw new IllegalArgumentException("unknown command '" + commandLine.command() + "'");
			}
			return OK;
		}
		catch (IonosRegistryException ex) {
			out.println("Error: " + ex.getMessage());
			return API_FAILURE;
		}
		catch (IllegalArgumentException ex) {
			out.println("Error: " + ex.getMessage());
			out.println(USAGE_TEXT);
			return USAGE;
		}
	}

	private void demo(PrintStream out, UUID registryId) {
		out.println("Demo on registry " + registryId);
		out.println();
		out.println("$ create demo-ci-push --expires 30d --scope repository:app/*:pull,push");
		create(out, registryId, "demo-ci-push", "30d", List.of(Scope.repository("app/*", Scope.PULL, Scope.PUSH)));
		out.println();
		out.println("$ create demo-ci-pull --expires 7d --scope repository:*:pull");
		TokenResponse pull = asToken(create(out, registryId, "demo-ci-pull", "7d",
				List.of(Scope.repository("*", Scope.PULL))));
		out.println();
		out.println("$ list");
		list(out, registryId);
		out.println();
		out.println("$ disable " + pull.id());
		setStatus(out, registryId, idOf(pull), TokenStatus.DISABLED);
		out.println();
		out.println("$ rotate demo-ci-push");
		TokenResponse rotated = rotate(out, registryId, "demo-ci-push");
		out.println();
		out.println("$ list");
		list(out, registryId);
		out.println();
		for (TokenResponse token : List.of(rotated, pull)) {
			out.println("$ delete " + token.id());
			delete(out, registryId, idOf(token));
		}
		out.println();
		out.println("$ list");
		list(out, registryId);
	}

	private void list(PrintStream out, UUID registryId) {
		TokenTable.print(this.tokensApi.listAll(registryId).toList(), out);
	}

	/** Creates with the safe create: a repeat after a lost answer cannot make a second token. */
	private PutTokenOutput create(PrintStream out, UUID registryId, String name, @Nullable String expires,
			List<Scope> scopes) {
		PostTokenProperties token = PostTokenProperties.named(name)
			.withExpiryDate((expires != null) ? ExpiryArgument.parse(expires, this.clock) : null)
			.withScopes(scopes);
		PutTokenOutput created = this.tokensApi.createToken(registryId, token);
		out.println("Created token " + name + " (id " + created.id() + ")");
		printPassword(out, created.properties());
		return created;
	}

	private void setStatus(PrintStream out, UUID registryId, UUID tokenId, TokenStatus status) {
		TokenResponse token = this.tokensApi.registriesTokensPatch(registryId, tokenId,
				(status == TokenStatus.ENABLED) ? PatchTokenInput.enable() : PatchTokenInput.disable());
		out.println(((status == TokenStatus.ENABLED) ? "Enabled" : "Disabled") + " token " + TokenTable.name(token)
				+ " (id " + tokenId + ")");
	}

	private void replace(PrintStream out, UUID registryId, CommandLine commandLine) {
		UUID tokenId = id(commandLine.argument(0, "id"));
		String name = commandLine.argument(1, "name");
		PostTokenProperties token = PostTokenProperties.named(name)
			.withExpiryDate((commandLine.expires() != null) ? ExpiryArgument.parse(commandLine.expires(), this.clock) : null)
			.withScopes(scopes(commandLine.scopes()));
		PutTokenOutput output = this.tokensApi.registriesTokensPut(registryId, tokenId, PutTokenInput.of(token));
		boolean created = output.properties() != null && output.properties().credentials() != null
				&& output.properties().credentials().hasPassword();
		out.println((created ? "Created" : "Replaced") + " token " + name + " (id " + tokenId + ")");
		if (created) {
			printPassword(out, output.properties());
		}
	}

	private void delete(PrintStream out, UUID registryId, UUID tokenId) {
		this.tokensApi.registriesTokensDelete(registryId, tokenId);
		out.println("Deleted token " + tokenId);
	}

	private TokenResponse rotate(PrintStream out, UUID registryId, String name) {
		TokenResponse old = this.tokensApi.listAll(registryId)
			.filter((token) -> name.equals(TokenTable.name(token)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no token named '" + name + "'"));
		TokenProperties oldProperties = old.properties();
		String newName = ROTATION_SUFFIX.matcher(name).replaceFirst("") + "-"
				+ ROTATION_STAMP.format(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		PutTokenOutput replacement = this.tokensApi.createToken(registryId, PostTokenProperties.named(newName)
			.withExpiryDate((oldProperties != null) ? oldProperties.expiryDate() : null)
			.withScopes((oldProperties != null) ? oldProperties.scopes() : List.of()));
		out.println("Created replacement " + newName + " (id " + replacement.id() + ") for " + name);
		printPassword(out, replacement.properties());
		this.tokensApi.registriesTokensDelete(registryId, idOf(old));
		out.println("Deleted old token " + name + " (id " + old.id() + ")");
		return asToken(replacement);
	}

	private static void printPassword(PrintStream out, @Nullable TokenProperties properties) {
		if (properties != null && properties.credentials() != null && properties.credentials().hasPassword()) {
			out.println("  registry login:     " + properties.credentials().username());
			out.println("  one-time password:  " + properties.credentials().password()
					+ "   (shown only now: store it)");
		}
	}

	private UUID registryId() {
		UUID registryId = this.properties.getRegistryId();
		if (registryId == null) {
			throw new IllegalArgumentException("set ionos.registry.registry-id to the registry whose tokens to manage");
		}
		return registryId;
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

	private static UUID idOf(TokenResponse token) {
		UUID id = token.id();
		if (id == null) {
			throw new IllegalStateException("The API answered a token without its id");
		}
		return id;
	}

	private static TokenResponse asToken(PutTokenOutput output) {
		return new TokenResponse(output.href(), output.id(), output.metadata(), output.properties(), output.type());
	}

}
