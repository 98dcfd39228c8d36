package io.github.ionosregistry.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.internal.Arguments;
import io.github.ionosregistry.tokens.internal.NotFound;
import io.github.ionosregistry.tokens.internal.RegistryHostname;
import io.github.ionosregistry.tokens.internal.rotation.HolderRotation;
import io.github.ionosregistry.tokens.internal.rotation.RotationCalls;
import io.github.ionosregistry.tokens.internal.rotation.RotationNames;
import io.github.ionosregistry.tokens.internal.rotation.SharedRotation;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokensResponse;
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
	 * The longest base name a rotation takes: a holder's token is named the base name, a hyphen, a holder id of six
	 * characters, a hyphen and a 14-digit UTC timestamp, and a name has at most 63 characters.
	 */
	public static final int MAX_BASE_NAME_LENGTH = RotationNames.MAX_BASE_NAME_LENGTH;

	private final TokensApi api;

	private final UUID registryId;

	private final @Nullable RegistriesApi registries;

	private final Clock clock;

	private final RegistryHostname hostname;

	RegistryTokens(TokensApi api, UUID registryId) {
		this(api, null, registryId, Clock.systemUTC());
	}

	RegistryTokens(TokensApi api, @Nullable RegistriesApi registries, UUID registryId, Clock clock) {
		this.api = Arguments.requireNonNull(api, "api");
		this.registries = registries;
		this.registryId = Arguments.requireId(registryId, "registryId");
		this.clock = clock;
		this.hostname = new RegistryHostname(registries, this.registryId);
	}

	/** The tokens of a registry, with the registries API that gives its hostname for {@link #dockerCredentials}. */
	public static RegistryTokens of(TokensApi tokens, RegistriesApi registries, UUID registryId) {
		return new RegistryTokens(tokens, Arguments.requireNonNull(registries, "registries"), registryId,
				Clock.systemUTC());
	}

	/** The same tokens on another clock, which decides when a rotation is due: for a simulated schedule, a test. */
	public RegistryTokens withClock(Clock clock) {
		return new RegistryTokens(this.api, this.registries, this.registryId, Arguments.requireNonNull(clock, "clock"));
	}

	/** The registry these tokens belong to. */
	public UUID registryId() {
		return this.registryId;
	}

	/** Every token of the registry, read page by page as the stream is consumed. */
	public Stream<TokenResponse> listAll() {
		return this.api.listAll(this.registryId);
	}

	/** Every token of the registry. */
	public List<TokenResponse> list() {
		return listAll().toList();
	}

	/** One page of the registry's tokens. */
	public TokensResponse page(TokensQuery query) {
		return this.api.registriesTokensGet(this.registryId, query);
	}

	/** Reads a token, its password empty; empty if the registry has no token with that id (the answer 404). */
	public Optional<TokenResponse> find(UUID tokenId) {
		return NotFound.asEmpty(() -> this.api.registriesTokensFindById(this.registryId, tokenId));
	}

	/** Creates a token, safely (see {@link TokensApi#createToken}); the answer holds its one-time password. */
	public PutTokenOutput create(PostTokenProperties token) {
		return this.api.createToken(this.registryId, token);
	}

	/** Creates or replaces the token with an id of your choice; the answer holds its password if it was created. */
	public PutTokenOutput put(UUID tokenId, PostTokenProperties token) {
		return this.api.registriesTokensPut(this.registryId, tokenId, PutTokenInput.of(token));
	}

	/** Changes a token's status, expiry date or scopes. */
	public TokenResponse update(UUID tokenId, PatchTokenInput changes) {
		return this.api.registriesTokensPatch(this.registryId, tokenId, changes);
	}

	/** Deletes a token. */
	public void delete(UUID tokenId) {
		this.api.registriesTokensDelete(this.registryId, tokenId);
	}

	/**
	 * The registry's hostname ({@code my-registry.cr.ionos.com}), what {@code docker login} and image references use:
	 * read once from the registries API, then kept.
	 * @throws IllegalStateException if these tokens were made without a {@link RegistriesApi}
	 */
	public String hostname() {
		return this.hostname.get();
	}

	/**
	 * The Docker credentials of a token just created: this registry's hostname, the token's user name and its
	 * one-time password.
	 * @throws IllegalArgumentException if the answer holds no password (only a creating answer does)
	 */
	public DockerCredentials dockerCredentials(PutTokenOutput created) {
		return DockerCredentials.ofCreated(this::hostname, Arguments.requireNonNull(created, "created").properties());
	}

	/** The Docker credentials of a token just created by POST: see {@link #dockerCredentials(PutTokenOutput)}. */
	public DockerCredentials dockerCredentials(PostTokenOutput created) {
		return DockerCredentials.ofCreated(this::hostname, Arguments.requireNonNull(created, "created").properties());
	}

	/** The tokens whose expiry date comes within that time, soonest first; the service deletes them at that date. */
	public List<TokenResponse> expiringWithin(Duration within) {
		Arguments.requirePositive(within, "within");
		OffsetDateTime horizon = OffsetDateTime.now(this.clock).plus(within);
		return listAll().filter((token) -> isBefore(expiryOf(token), horizon))
			.sorted(Comparator.comparing((TokenResponse token) -> Objects.requireNonNull(expiryOf(token))))
			.toList();
	}

	private static boolean isBefore(@Nullable OffsetDateTime expiry, OffsetDateTime horizon) {
		return expiry != null && expiry.isBefore(horizon);
	}

	private static @Nullable OffsetDateTime expiryOf(TokenResponse token) {
		return (token.properties() != null) ? token.properties().expiryDate() : null;
	}

	/**
	 * A holder of its own generation of the tokens of a base name: each replica of an application has its own, so
	 * that every replica always holds a valid password without sharing one. See {@link CredentialHolder}.
	 * @param baseName the base name, at most {@value #MAX_BASE_NAME_LENGTH} characters
	 * @param policy when a successor is due, the grace, the lifetime and lease of the tokens, their scopes
	 * @param delivery where each credential goes; {@link CredentialDelivery#dockerConfig} lets a holder restarted with
	 * the same file take back its credential
	 * @return the holder, with no token yet: its first {@link CredentialHolder#check()} makes or takes back one
	 * @throws IllegalStateException if these tokens were made without a {@link RegistriesApi}, which gives the
	 * registry's hostname for the credentials
	 */
	public CredentialHolder holder(String baseName, RotationPolicy policy, CredentialDelivery delivery) {
		RotationNames.requireBaseName(baseName, "baseName");
		Arguments.requireNonNull(policy, "policy");
		Arguments.requireNonNull(delivery, "delivery");
		this.hostname.requireRegistriesApi();
		return new HolderRotation(calls(), baseName, policy, delivery, this.clock);
	}

	/**
	 * Rotates the tokens of a base name shared by all its consumers, once: for a single job that rotates (a
	 * Kubernetes CronJob, a CLI), not for replicas that each need a credential (give each a {@link #holder}). The
	 * tokens of a base name are the one named {@code baseName} and those named {@code <baseName>-<yyyyMMddHHmmss>}
	 * (UTC); the newest is the current one.
	 * When the newest is due (by age, or its expiry date leaving no more than the grace) or there is none, a
	 * successor like it is made (the policy's scopes, else its own) with an expiry date that outlives the newest's
	 * grace (the policy's lifetime, else that of the token it succeeds when longer than the rotation needs, else
	 * {@link RotationPolicy#tokenLifetime()}), then delivered; if the delivery fails, the successor is deleted. Only
	 * then is the newest superseded: its grace starts at the delivery, its expiry date brought forward to the grace's
	 * end (an hour ahead at the soonest, never later than it was; a grace of zero deletes it). Two rotations in one
	 * second make one successor.
	 * @param baseName the base name, at most {@value #MAX_BASE_NAME_LENGTH} characters
	 * @param policy when a successor is due, the grace, the lifetime and, for the first token, the scopes
	 * @param delivery where the successor's credentials go before the newest is superseded
	 * @return what was done; the successor holds the one-time password
	 * @throws IllegalStateException if the base name has no token yet and the policy has no scopes for the first
	 */
	public TokenRotation rotate(String baseName, RotationPolicy policy, CredentialDelivery delivery) {
		RotationNames.requireBaseName(baseName, "baseName");
		Arguments.requireNonNull(policy, "policy");
		Arguments.requireNonNull(delivery, "delivery");
		return SharedRotation.rotate(calls(), baseName, policy, delivery, this.clock);
	}

	/** Rotates once, the caller taking the successor's password from the result: see {@link #rotate}. */
	public TokenRotation rotate(String baseName, RotationPolicy policy) {
		return rotate(baseName, policy, CredentialDelivery.NONE);
	}

	private RotationCalls calls() {
		return new RotationCalls(this.api, this.registryId, this::dockerCredentials, this::hostname);
	}

	/**
	 * Whether a name can be the base name of a rotation: 2 to {@value #MAX_BASE_NAME_LENGTH} letters, digits or
	 * hyphens, starting with a letter and not ending with a hyphen.
	 * @param baseName the name
	 * @return {@code true} if {@link #rotate} and {@link #holder} take it
	 */
	public static boolean isBaseName(@Nullable String baseName) {
		return RotationNames.isBaseName(baseName);
	}

	/**
	 * The base name a rotation's token belongs to: its name without the stamp (and holder id) the rotation added.
	 * @param tokenName a token's name, such as {@code ci-push-20261207083000}
	 * @return its base name, such as {@code ci-push}; the name itself if no rotation made it
	 */
	public static String baseNameOf(String tokenName) {
		return RotationNames.baseNameOf(Arguments.requireNonNull(tokenName, "tokenName"));
	}

	@Override
	public String toString() {
		return "RegistryTokens[registryId=" + this.registryId + "]";
	}

}
