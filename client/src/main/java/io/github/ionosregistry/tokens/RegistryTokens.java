package io.github.ionosregistry.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.RegistryProperties;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import io.github.ionosregistry.tokens.model.TokensResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one registry: {@link TokensApi} with the registry id given once, named as Spring's repositories
 * name things ({@link #find} gives an {@link Optional}), and what a registry's tokens are for: Docker credentials,
 * rotation, expiry. Spring Boot provides one for {@code ionos.registry.registry-id}; otherwise get one from
 * {@link #of(TokensApi, RegistriesApi, UUID)}, or from {@link TokensApi#registry(UUID)} without the registry's
 * hostname.
 *
 * @since 0.1.0
 */
public final class RegistryTokens {

	/**
	 * The longest base name a rotation takes: a holder's token is named the base name, a hyphen, a holder id of
	 * {@value CredentialHolder#HOLDER_ID_LENGTH} characters, a hyphen and a 14-digit UTC timestamp, and a name has at
	 * most 63 characters.
	 */
	public static final int MAX_BASE_NAME_LENGTH = 41;

	private static final Pattern BASE_NAME = Pattern.compile("^[A-Za-z][-A-Za-z0-9]{0,39}[A-Za-z0-9]$");

	private static final String NO_REGISTRIES_API = "These RegistryTokens have no RegistriesApi to read the "
			+ "registry's hostname with: make them with RegistryTokens.of(tokensApi, registriesApi, registryId)";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Log logger = LogFactory.getLog(RegistryTokens.class);

	private final TokensApi api;

	private final UUID registryId;

	private final @Nullable RegistriesApi registries;

	private final Clock clock;

	private volatile @Nullable String hostname;

	RegistryTokens(TokensApi api, UUID registryId) {
		this(api, null, registryId, Clock.systemUTC());
	}

	RegistryTokens(TokensApi api, @Nullable RegistriesApi registries, UUID registryId, Clock clock) {
		this.api = Arguments.requireNonNull(api, "api");
		this.registries = registries;
		this.registryId = Arguments.requireId(registryId, "registryId");
		this.clock = clock;
	}

	/**
	 * The tokens of a registry, with the registries API that gives its hostname for {@link #dockerCredentials}.
	 * @param tokens the tokens API
	 * @param registries the registries API
	 * @param registryId the registry
	 * @return the registry's tokens
	 */
	public static RegistryTokens of(TokensApi tokens, RegistriesApi registries, UUID registryId) {
		return new RegistryTokens(tokens, Arguments.requireNonNull(registries, "registries"), registryId,
				Clock.systemUTC());
	}

	/**
	 * The same tokens on another clock, which decides when a rotation or a holder's token is due: for a schedule that
	 * is simulated, or a test.
	 * @param clock the clock
	 * @return the tokens on that clock
	 */
	public RegistryTokens withClock(Clock clock) {
		return new RegistryTokens(this.api, this.registries, this.registryId, Arguments.requireNonNull(clock, "clock"));
	}

	/** The registry these tokens belong to. */
	public UUID registryId() {
		return this.registryId;
	}

	/**
	 * Every token of the registry, read page by page as the stream is consumed.
	 * @return the tokens, lazily
	 */
	public Stream<TokenResponse> listAll() {
		return this.api.listAll(this.registryId);
	}

	/**
	 * Every token of the registry.
	 * @return the tokens
	 */
	public List<TokenResponse> list() {
		return listAll().toList();
	}

	/**
	 * One page of the registry's tokens.
	 * @param query which page
	 * @return the page
	 */
	public TokensResponse page(TokensQuery query) {
		return this.api.registriesTokensGet(this.registryId, query);
	}

	/**
	 * Reads a token; its password is always empty.
	 * @param tokenId the token
	 * @return the token, empty if the registry has no token with that id (the service answered 404)
	 */
	public Optional<TokenResponse> find(UUID tokenId) {
		try {
			return Optional.of(this.api.registriesTokensFindById(this.registryId, tokenId));
		}
		catch (IonosApiException ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * Creates a token, safely: see {@link TokensApi#createToken}.
	 * @param token the token to create
	 * @return the created token, with its one-time password
	 */
	public PutTokenOutput create(PostTokenProperties token) {
		return this.api.createToken(this.registryId, token);
	}

	/**
	 * Creates or replaces the token with an id of your choice.
	 * @param tokenId the token id
	 * @param token the token
	 * @return the token, with its password when it was created
	 */
	public PutTokenOutput put(UUID tokenId, PostTokenProperties token) {
		return this.api.registriesTokensPut(this.registryId, tokenId, PutTokenInput.of(token));
	}

	/**
	 * Changes a token's status, expiry date or scopes.
	 * @param tokenId the token
	 * @param changes the changes
	 * @return the changed token
	 */
	public TokenResponse update(UUID tokenId, PatchTokenInput changes) {
		return this.api.registriesTokensPatch(this.registryId, tokenId, changes);
	}

	/**
	 * Deletes a token.
	 * @param tokenId the token
	 */
	public void delete(UUID tokenId) {
		this.api.registriesTokensDelete(this.registryId, tokenId);
	}

	/**
	 * The registry's hostname, what {@code docker login} and image references use: read once from the registries API,
	 * then kept.
	 * @return the hostname, such as {@code my-registry.cr.ionos.com}
	 * @throws IllegalStateException if these tokens were made without a {@link RegistriesApi}
	 */
	public String hostname() {
		String hostname = this.hostname;
		if (hostname == null) {
			RegistriesApi registries = this.registries;
			if (registries == null) {
				throw new IllegalStateException(NO_REGISTRIES_API);
			}
			RegistryProperties properties = registries.registriesFindById(this.registryId).properties();
			hostname = (properties != null) ? properties.hostname() : null;
			if (hostname == null || hostname.isBlank()) {
				throw new IllegalStateException("The registry " + this.registryId + " has no hostname");
			}
			this.hostname = hostname;
		}
		return hostname;
	}

	/**
	 * The Docker credentials of a token just created: this registry's hostname, the token's user name and its
	 * one-time password.
	 * @param created the answer that created the token
	 * @return the credentials
	 * @throws IllegalArgumentException if the answer holds no password (only a creating answer does)
	 */
	public DockerCredentials dockerCredentials(PutTokenOutput created) {
		Arguments.requireNonNull(created, "created");
		return dockerCredentials(created.properties());
	}

	/**
	 * The Docker credentials of a token just created by POST.
	 * @param created the answer that created the token
	 * @return the credentials
	 * @throws IllegalArgumentException if the answer holds no password (only a creating answer does)
	 */
	public DockerCredentials dockerCredentials(PostTokenOutput created) {
		Arguments.requireNonNull(created, "created");
		return dockerCredentials(created.properties());
	}

	private DockerCredentials dockerCredentials(@Nullable TokenProperties properties) {
		Credentials credentials = (properties != null) ? properties.credentials() : null;
		String password = (credentials != null) ? credentials.password() : null;
		if (credentials == null || password == null || password.isEmpty()) {
			throw new IllegalArgumentException("created must be the answer that created the token: only it holds the "
					+ "one-time password");
		}
		String username = (credentials.username() != null) ? credentials.username()
				: Objects.requireNonNull(properties).name();
		if (username == null) {
			throw new IllegalArgumentException("created holds neither a user name nor a token name");
		}
		return new DockerCredentials(hostname(), username, password);
	}

	/**
	 * The tokens whose expiry date comes within the given time, soonest first; the service deletes a token when its
	 * expiry date passes.
	 * @param within how far ahead to look
	 * @return the tokens, soonest first
	 */
	public List<TokenResponse> expiringWithin(Duration within) {
		Arguments.requirePositive(within, "within");
		OffsetDateTime horizon = OffsetDateTime.now(this.clock).plus(within);
		return listAll().filter((token) -> isBefore(expiryOf(token), horizon))
			.sorted(Comparator.comparing((TokenResponse token) -> Objects.requireNonNull(expiryOf(token))))
			.toList();
	}

	/**
	 * A holder of its own generation of the tokens of a base name, for a process that needs a registry credential
	 * and keeps it for itself: each replica of an application has its own, so that every replica always holds a valid
	 * password without sharing one. See {@link CredentialHolder}.
	 * @param baseName the base name, at most {@value #MAX_BASE_NAME_LENGTH} characters
	 * @param policy when to make a successor, how long a superseded token stays valid, how long tokens live and
	 * their scopes
	 * @param delivery where each new token's credentials go
	 * @return the holder, with no token yet: its first {@link CredentialHolder#check()} makes one
	 * @throws IllegalStateException if these tokens were made without a {@link RegistriesApi}, which gives the
	 * registry's hostname for the credentials
	 */
	public CredentialHolder holder(String baseName, RotationPolicy policy, CredentialDelivery delivery) {
		checkBaseName(baseName);
		Arguments.requireNonNull(policy, "policy");
		Arguments.requireNonNull(delivery, "delivery");
		if (this.registries == null) {
			throw new IllegalStateException(NO_REGISTRIES_API);
		}
		return new CredentialHolder(this, baseName, policy, delivery, this.clock);
	}

	/**
	 * Rotates the tokens of a base name shared by all its consumers, once: for a single job that rotates (a
	 * Kubernetes CronJob, a CLI), not for replicas that each need a credential (give each a {@link #holder}). The
	 * tokens of a base name are the one named {@code baseName} and those named {@code <baseName>-<14 digits>}; the
	 * newest is the current one.
	 * <ol>
	 * <li>With no token of the base name yet, the first is made, named {@code <baseName>-<yyyyMMddHHmmss>} (UTC), with
	 * the policy's scopes. Otherwise, when the newest is due (its age reaches {@code rotateAfter}, or its expiry date
	 * leaves no more than the grace), a successor like it (its scopes, or the policy's; its status) is made.</li>
	 * <li>Every token made gets an expiry date: the policy's {@code lifetime}, else the lifetime of the token it
	 * succeeds, else {@link RotationPolicy#tokenLifetime()}.</li>
	 * <li>The successor is made with the safe create, then delivered (see {@link CredentialDelivery}); if the delivery
	 * fails, the successor is deleted and the newest stays as it was.</li>
	 * <li>Only then is the newest superseded: it stays valid for the grace, enforced by the service: its expiry date
	 * is brought forward to the grace's end, an hour ahead at the soonest (the service takes no sooner date), and
	 * never moved later; a grace of zero deletes it at once. Older tokens keep the date they were given, so a later
	 * rotation with a shorter grace never shortens a promise already made; an older token without an expiry date gets
	 * one, the grace's end.</li>
	 * </ol>
	 * {@link SupersededToken#retiresAt()} is when each superseded token stops working. A successor made twice in one
	 * second (two rotations at once) is refused by its name, and only one is delivered.
	 * @param baseName the base name, at most {@value #MAX_BASE_NAME_LENGTH} characters
	 * @param policy when to make a successor, the grace, the lifetime and, for the first token, the scopes
	 * @param delivery where the successor's credentials go before the newest is superseded
	 * @return what was done; the successor holds the one-time password
	 * @throws IllegalStateException if the base name has no token yet and the policy has no scopes for the first
	 */
	public TokenRotation rotate(String baseName, RotationPolicy policy, CredentialDelivery delivery) {
		checkBaseName(baseName);
		Arguments.requireNonNull(policy, "policy");
		Arguments.requireNonNull(delivery, "delivery");
		Pattern members = Pattern.compile(Pattern.quote(baseName) + "(-\\d{14})?");
		List<TokenResponse> generation = new ArrayList<>(listAll().filter((token) -> isNamed(token, members))
			.sorted(OLDEST_FIRST)
			.toList());
		Instant now = this.clock.instant();
		TokenResponse newest = generation.isEmpty() ? null : generation.get(generation.size() - 1);
		PutTokenOutput successor = null;
		// rotateAfter zero rotates now, whatever the service's clock says of the newest token's creation.
		if (newest == null || policy.rotateAfter().isZero() || !now.isBefore(policy.refreshAt(createdAt(newest), expiryInstant(newest)))) {
			List<Scope> scopes = policy.scopes().isEmpty() && newest != null ? scopesOf(newest) : policy.scopes();
			if (scopes.isEmpty()) {
				throw new IllegalStateException("No token named " + baseName + " or " + baseName
						+ "-<yyyyMMddHHmmss> in registry " + this.registryId + " to take the scopes from: give the "
						+ "scopes of the first token in the policy (RotationPolicy.withScopes)");
			}
			delivery.checkReady();
			successor = createSuccessor(baseName + "-" + stamp(now), scopes, lifetimeAfter(newest, policy), now,
					(newest != null) ? statusOf(newest) : null);
		}
		List<SupersededToken> superseded = new ArrayList<>();
		List<TokenResponse> retired = new ArrayList<>();
		int superseding = (successor != null) ? generation.size() : Math.max(0, generation.size() - 1);
		if (successor != null) {
			deliver(successor, delivery, newest, policy, now);
		}
		for (int i = 0; i < superseding; i++) {
			TokenResponse token = generation.get(i);
			boolean isNewest = i == generation.size() - 1;
			Instant supersededAt = isNewest ? now : createdAt(generation.get(i + 1));
			Instant stopsAt = isNewest ? supersede(token, now.plus(policy.retireAfter()))
					: keepPromise(token, now.plus(policy.retireAfter()));
			if (stopsAt == null) {
				retired.add(token);
			}
			else {
				superseded.add(new SupersededToken(token, supersededAt, stopsAt));
			}
		}
		return new TokenRotation(successor, superseded, retired, List.of());
	}

	/**
	 * Rotates the tokens of a base name once, the caller taking the successor's password from the result: see
	 * {@link #rotate(String, RotationPolicy, CredentialDelivery)}.
	 * @param baseName the base name
	 * @param policy the policy
	 * @return what was done
	 */
	public TokenRotation rotate(String baseName, RotationPolicy policy) {
		return rotate(baseName, policy, CredentialDelivery.NONE);
	}

	private static final Comparator<TokenResponse> OLDEST_FIRST = Comparator.comparing(RegistryTokens::createdAt)
		.thenComparing((token) -> String.valueOf(nameOf(token)));

	private void deliver(PutTokenOutput successor, CredentialDelivery delivery, @Nullable TokenResponse newest,
			RotationPolicy policy, Instant now) {
		if (delivery == CredentialDelivery.NONE) {
			return;
		}
		List<SupersededToken> promised = (newest != null)
				? List.of(new SupersededToken(newest, now, now.plus(policy.retireAfter()))) : List.of();
		try {
			delivery.deliver(dockerCredentials(successor), new TokenRotation(successor, promised, List.of(), List.of()));
		}
		catch (RuntimeException ex) {
			if (!retire(new TokenResponse(successor.href(), successor.id(), successor.metadata(), null, null))) {
				logger.warn("The successor " + nameOf(successor.properties()) + " could not be delivered nor "
						+ "deleted; it expires at its expiry date");
			}
			throw ex;
		}
	}

	/**
	 * Supersedes a token: it stops working at the given time, which its expiry date is brought forward to (an hour
	 * ahead at the soonest); now or sooner deletes it.
	 * @return when it stops working, or {@code null} if it was deleted
	 */
	@Nullable Instant supersede(TokenResponse token, Instant stopsAt) {
		Instant now = this.clock.instant();
		if (!stopsAt.isAfter(now) && retire(token)) {
			return null;
		}
		return bringExpiryForward(token, stopsAt);
	}

	/**
	 * Brings a token's expiry date forward to a time, an hour ahead at the soonest, never later than it is.
	 * @return the expiry date it has now, or {@code null} if it has none (the change failed)
	 */
	@Nullable Instant bringExpiryForward(TokenResponse token, Instant stopsAt) {
		Instant soonest = this.clock.instant().plus(RotationPolicy.SHORTEST_EXPIRY).truncatedTo(ChronoUnit.SECONDS);
		Instant wanted = stopsAt.isBefore(soonest) ? soonest : stopsAt.truncatedTo(ChronoUnit.SECONDS);
		Instant expiry = expiryInstant(token);
		if (expiry != null && !expiry.isAfter(wanted)) {
			return expiry;
		}
		try {
			update(Objects.requireNonNull(token.id(), "a listed token without an id"),
					PatchTokenInput.empty().withExpiryDate(wanted.atOffset(ZoneOffset.UTC)));
			return wanted;
		}
		catch (IonosRegistryException ex) {
			logger.warn("Could not bring the expiry date of " + nameOf(token) + " forward to " + wanted + ": "
					+ ex.getMessage());
			return expiry;
		}
	}

	/** An older superseded token keeps the date it was given; one without a date gets the grace's end. */
	private @Nullable Instant keepPromise(TokenResponse token, Instant graceEnd) {
		Instant expiry = expiryInstant(token);
		return (expiry != null) ? expiry : supersede(token, graceEnd);
	}

	private Duration lifetimeAfter(@Nullable TokenResponse newest, RotationPolicy policy) {
		if (policy.lifetime() == null && newest != null) {
			Instant expiry = expiryInstant(newest);
			if (expiry != null) {
				Duration lifetime = Duration.between(createdAt(newest), expiry);
				if (lifetime.compareTo(RotationPolicy.SHORTEST_EXPIRY) >= 0) {
					return lifetime;
				}
			}
		}
		return policy.tokenLifetime();
	}

	/** Makes a token of a rotation, with an expiry date; {@code null} if a token of that name was made this second. */
	private @Nullable PutTokenOutput createSuccessor(String name, List<Scope> scopes, Duration lifetime, Instant now,
			@Nullable TokenStatus status) {
		try {
			return createForRotation(name, scopes, lifetime, now, status);
		}
		catch (IonosApiException ex) {
			if (ex.isConflict()) {
				// Another rotation made a successor of the same name this very second.
				return null;
			}
			throw ex;
		}
	}

	/** Makes a token of a rotation, with an expiry date a lifetime from now; without a status, enabled. */
	PutTokenOutput createForRotation(String name, List<Scope> scopes, Duration lifetime, Instant now,
			@Nullable TokenStatus status) {
		return create(PostTokenProperties.named(name)
			.withExpiryDate(now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
			.withScopes(scopes)
			.withStatus(status));
	}

	/** Deletes a token; a token gone already counts as deleted. */
	boolean retire(TokenResponse token) {
		try {
			delete(Objects.requireNonNull(token.id(), "a listed token without an id"));
			return true;
		}
		catch (IonosApiException ex) {
			return ex.isNotFound();
		}
		catch (IonosRegistryException ex) {
			return false;
		}
	}

	static String stamp(Instant now) {
		return STAMP.format(now.atOffset(ZoneOffset.UTC));
	}

	/**
	 * Whether a name is one of a base name's tokens: the base name itself, {@code <baseName>-<14 digits>}, or a
	 * holder's {@code <baseName>-<holder id>-<14 digits>}.
	 */
	static boolean isOfBaseName(@Nullable String name, String baseName) {
		return name != null && name.startsWith(baseName) && FAMILY_SUFFIX.matcher(name.substring(baseName.length()))
			.matches();
	}

	private static final Pattern FAMILY_SUFFIX = Pattern
		.compile("(-[a-z0-9]{" + CredentialHolder.HOLDER_ID_LENGTH + "})?(-\\d{14})?");

	static List<Scope> scopesOf(TokenResponse token) {
		return (token.properties() != null) ? token.properties().scopes() : List.of();
	}

	private static @Nullable TokenStatus statusOf(TokenResponse token) {
		TokenStatus status = (token.properties() != null) ? token.properties().status() : null;
		return (status == TokenStatus.UNKNOWN) ? null : status;
	}

	static @Nullable Instant expiryInstant(TokenResponse token) {
		OffsetDateTime expiry = expiryOf(token);
		return (expiry != null) ? expiry.toInstant() : null;
	}

	private static @Nullable String nameOf(@Nullable TokenProperties properties) {
		return (properties != null) ? properties.name() : null;
	}

	static @Nullable String nameOf(TokenResponse token) {
		return (token.properties() != null) ? token.properties().name() : null;
	}

	private static boolean isNamed(TokenResponse token, Pattern members) {
		String name = nameOf(token);
		return name != null && members.matcher(name).matches();
	}

	static Instant createdAt(TokenResponse token) {
		if (token.metadata() != null && token.metadata().createdDate() != null) {
			return token.metadata().createdDate().toInstant();
		}
		return Instant.EPOCH;
	}

	static @Nullable OffsetDateTime expiryOf(TokenResponse token) {
		return (token.properties() != null) ? token.properties().expiryDate() : null;
	}

	private static boolean isBefore(@Nullable OffsetDateTime expiry, OffsetDateTime horizon) {
		return expiry != null && expiry.isBefore(horizon);
	}

	/**
	 * Whether a name can be the base name of a rotation: 2 to {@value #MAX_BASE_NAME_LENGTH} letters, digits or
	 * hyphens, starting with a letter and not ending with a hyphen.
	 * @param baseName the name
	 * @return {@code true} if {@link #rotate} takes it
	 */
	public static boolean isBaseName(@Nullable String baseName) {
		return baseName != null && BASE_NAME.matcher(baseName).matches();
	}

	private static void checkBaseName(@Nullable String baseName) {
		if (!isBaseName(baseName)) {
			throw new IllegalArgumentException("baseName '" + baseName + "' must be 2 to " + MAX_BASE_NAME_LENGTH
					+ " letters, digits or hyphens, start with a letter and not end with a hyphen");
		}
	}

	@Override
	public String toString() {
		return "RegistryTokens[registryId=" + this.registryId + "]";
	}

}
