package io.github.ionosregistry.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
	 * The longest base name a rotation takes: a successor's name is the base name, a hyphen and a 14-digit UTC
	 * timestamp, and a name has at most 63 characters.
	 */
	public static final int MAX_BASE_NAME_LENGTH = 48;

	private static final Pattern BASE_NAME = Pattern.compile("^[A-Za-z][-A-Za-z0-9]{0,46}[A-Za-z0-9]$");

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
				throw new IllegalStateException("These RegistryTokens have no RegistriesApi to read the registry's "
						+ "hostname with: make them with RegistryTokens.of(tokensApi, registriesApi, registryId)");
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
	 * Rotates the tokens of a base name without breaking their consumers. The tokens of a base name are the one named
	 * {@code baseName} and those named {@code <baseName>-<14 digits>}; the newest is the current one, each older one
	 * is superseded since the first newer one was created.
	 * <ol>
	 * <li>If the newest is at least {@link RotationPolicy#rotateAfter()} old, creates a successor like it (its scopes
	 * and status; its lifetime, if it has an expiry date) named {@code <baseName>-<yyyyMMddHHmmss>} (UTC, the time of
	 * the rotation), with the safe create.</li>
	 * <li>Deletes the superseded tokens whose grace has passed: superseded for at least
	 * {@link RotationPolicy#retireAfter()}. The others stay valid, so that whoever holds their password keeps working
	 * until they have the successor's. The newest token is never deleted.</li>
	 * </ol>
	 * Everything is decided from the token list and the creation dates in it, nothing is remembered: replicas that
	 * rotate at once converge (a successor made twice in the same second is refused by its name; two made in different
	 * seconds are both valid, the older one superseded by the newer and retired after the grace). A failure leaves
	 * every token that was valid valid: a deletion that fails is retried by the next rotation. To rotate once per
	 * cluster, run this under a lock the application already has (ShedLock, Spring Integration's
	 * {@code LockRegistry}).
	 * @param baseName the base name, at most {@value #MAX_BASE_NAME_LENGTH} characters
	 * @param policy when to make a successor and how long the superseded tokens stay valid
	 * @return what was done; the successor holds the one-time password, to hand to the consumers
	 * @throws IllegalStateException if no token of that base name exists to rotate
	 */
	public TokenRotation rotate(String baseName, RotationPolicy policy) {
		checkBaseName(baseName);
		Arguments.requireNonNull(policy, "policy");
		Pattern members = Pattern.compile(Pattern.quote(baseName) + "(-\\d{14})?");
		List<Member> generation = new ArrayList<>(listAll().filter((token) -> isNamed(token, members))
			.map((token) -> new Member(token, createdAt(token)))
			.toList());
		if (generation.isEmpty()) {
			throw new IllegalStateException("No token named " + baseName + " or " + baseName
					+ "-<yyyyMMddHHmmss> in registry " + this.registryId + " to rotate: create one first");
		}
		generation.sort(Member.OLDEST_FIRST);
		Instant now = this.clock.instant();
		Member newest = generation.get(generation.size() - 1);
		PutTokenOutput successor = null;
		if (!newest.created().plus(policy.rotateAfter()).isAfter(now)) {
			successor = createSuccessor(newest.token(), baseName, now);
		}
		// Each token is superseded by the next newer one: the next in the list, or the successor just made.
		List<Instant> supersededAt = new ArrayList<>(generation.stream().skip(1).map(Member::created).toList());
		if (successor != null) {
			supersededAt.add(successorCreatedAt(successor, now));
		}
		// Graces are measured from creation dates as the service records them, against this client's clock now.
		Instant retireBefore = this.clock.instant();
		List<SupersededToken> superseded = new ArrayList<>();
		List<TokenResponse> retired = new ArrayList<>();
		List<TokenResponse> notRetired = new ArrayList<>();
		for (int i = 0; i < supersededAt.size(); i++) {
			TokenResponse token = generation.get(i).token();
			Instant retiresAt = supersededAt.get(i).plus(policy.retireAfter());
			if (retiresAt.isAfter(retireBefore)) {
				superseded.add(new SupersededToken(token, supersededAt.get(i), retiresAt));
			}
			else if (retire(token)) {
				retired.add(token);
			}
			else {
				notRetired.add(token);
			}
		}
		if (!notRetired.isEmpty()) {
			logger.warn(notRetired.size() + " superseded token(s) of " + baseName + " past their grace could not be "
					+ "deleted; the next rotation deletes them");
		}
		return new TokenRotation(successor, superseded, retired, notRetired);
	}

	/** A token of a base name and its creation date. */
	private record Member(TokenResponse token, Instant created) {

		static final Comparator<Member> OLDEST_FIRST = Comparator.comparing(Member::created)
			.thenComparing((member) -> String.valueOf(nameOf(member.token())));

	}

	private @Nullable PutTokenOutput createSuccessor(TokenResponse newest, String baseName, Instant now) {
		try {
			return create(successorOf(newest, baseName, now));
		}
		catch (IonosApiException ex) {
			if (ex.isConflict()) {
				// Another rotation made a successor of the same name this very second.
				return null;
			}
			throw ex;
		}
	}

	private static Instant successorCreatedAt(PutTokenOutput successor, Instant now) {
		if (successor.metadata() != null && successor.metadata().createdDate() != null) {
			return successor.metadata().createdDate().toInstant();
		}
		return now;
	}

	/** Deletes a token whose grace has passed; a token gone already counts as retired. */
	private boolean retire(TokenResponse token) {
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

	private PostTokenProperties successorOf(TokenResponse newest, String baseName, Instant now) {
		TokenProperties properties = newest.properties();
		OffsetDateTime expiry = null;
		if (properties != null && properties.expiryDate() != null) {
			Duration lifetime = Duration.between(createdAt(newest), properties.expiryDate().toInstant());
			if (!lifetime.isNegative() && !lifetime.isZero()) {
				expiry = now.plus(lifetime).atOffset(ZoneOffset.UTC);
			}
		}
		TokenStatus status = (properties != null) ? properties.status() : null;
		return PostTokenProperties.named(baseName + "-" + STAMP.format(now.atOffset(ZoneOffset.UTC)))
			.withExpiryDate(expiry)
			.withScopes((properties != null) ? properties.scopes() : List.of())
			.withStatus((status == TokenStatus.UNKNOWN) ? null : status);
	}

	private static @Nullable String nameOf(TokenResponse token) {
		return (token.properties() != null) ? token.properties().name() : null;
	}

	private static boolean isNamed(TokenResponse token, Pattern members) {
		String name = (token.properties() != null) ? token.properties().name() : null;
		return name != null && members.matcher(name).matches();
	}

	private static Instant createdAt(TokenResponse token) {
		if (token.metadata() != null && token.metadata().createdDate() != null) {
			return token.metadata().createdDate().toInstant();
		}
		return Instant.EPOCH;
	}

	private static @Nullable OffsetDateTime expiryOf(TokenResponse token) {
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
