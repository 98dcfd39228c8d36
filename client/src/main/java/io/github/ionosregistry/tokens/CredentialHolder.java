package io.github.ionosregistry.tokens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One holder's own generation of the tokens of a base name: what each replica of an application, each pod, each
 * process that needs a registry credential keeps for itself, so that it always has a valid one without sharing a
 * password with anyone or coordinating with anyone.
 * <p>
 * A holder has a random id of {@value #HOLDER_ID_LENGTH} letters and digits, new with every process, and its tokens
 * are named {@code <baseName>-<holderId>-<yyyyMMddHHmmss>}. Each {@link #check()}:
 * <ol>
 * <li>makes the holder's first token if it has none (at its first check: a new replica never waits for a rotation
 * to fall due), or its successor when the current one is due ({@link HeldCredential#refreshAt()}: its age reaches
 * {@code rotateAfter}, or its real expiry date leaves no more than the grace), with an expiry date
 * {@link RotationPolicy#tokenLifetime()} ahead;</li>
 * <li>hands it to the {@link CredentialDelivery} and only then supersedes the current one, whose grace starts there:
 * its expiry date is brought forward to the grace's end (an hour ahead at the soonest, the service's shortest) and the
 * holder deletes it at the grace's end;</li>
 * <li>deletes its own tokens that it does not know of, made by a create whose answer was lost.</li>
 * </ol>
 * A token of the holder that is gone (deleted by someone, or expired) is replaced at the next check. A failure at any
 * step leaves the current token valid and current; the next check carries on where this one stopped (a delivery that
 * failed is made again before anything else). A holder that dies leaves its tokens to their expiry dates, which the
 * service enforces: nobody has to clean up after it. The live tokens of a base name are therefore at most two per
 * running holder (the current and one in its grace, while the grace is shorter than {@code rotateAfter}) plus those of
 * holders that ended within the last {@code tokenLifetime()}.
 * <p>
 * Get one from {@link RegistryTokens#holder}; check it on a schedule ({@code ionos.registry.rotation.*} does that in
 * Spring Boot). Checks of one holder run one at a time.
 *
 * @since 0.1.0
 */
public final class CredentialHolder {

	/** The length of a holder id. */
	public static final int HOLDER_ID_LENGTH = 6;

	private static final String HOLDER_ID_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Log logger = LogFactory.getLog(CredentialHolder.class);

	private final RegistryTokens tokens;

	private final String baseName;

	private final String holderId;

	private final RotationPolicy policy;

	private final CredentialDelivery delivery;

	private final Clock clock;

	private final Pattern generation;

	private @Nullable Held current;

	private @Nullable Held pending;

	private final List<SupersededToken> retiring = new ArrayList<>();

	private @Nullable Instant lastStamp;

	CredentialHolder(RegistryTokens tokens, String baseName, RotationPolicy policy, CredentialDelivery delivery,
			Clock clock) {
		this.tokens = tokens;
		this.baseName = baseName;
		this.holderId = newHolderId();
		this.policy = policy;
		this.delivery = delivery;
		this.clock = clock;
		this.generation = Pattern.compile(Pattern.quote(baseName + "-" + this.holderId) + "-\\d{14}");
	}

	private static String newHolderId() {
		StringBuilder id = new StringBuilder(HOLDER_ID_LENGTH);
		for (int i = 0; i < HOLDER_ID_LENGTH; i++) {
			id.append(HOLDER_ID_LETTERS.charAt(RANDOM.nextInt(HOLDER_ID_LETTERS.length())));
		}
		return id.toString();
	}

	/** The base name whose tokens this holder keeps. */
	public String baseName() {
		return this.baseName;
	}

	/** This holder's id, part of the name of every token it makes. */
	public String holderId() {
		return this.holderId;
	}

	/**
	 * The credential this holder delivered last and holds now.
	 * @return the credential, empty before the first check that made one, or when its token is gone
	 */
	public synchronized Optional<HeldCredential> current() {
		Held held = this.current;
		return (held != null) ? Optional.of(held.describe(this.policy)) : Optional.empty();
	}

	/**
	 * Whether a token name is one of this holder's.
	 * @param tokenName the name
	 * @return {@code true} for {@code <baseName>-<holderId>-<14 digits>}
	 */
	public boolean isOwnToken(@Nullable String tokenName) {
		return tokenName != null && this.generation.matcher(tokenName).matches();
	}

	/**
	 * Checks now: makes and delivers the first token or a successor when due, retires superseded tokens whose grace
	 * has passed and deletes lost ones.
	 * @return what the check did: the token made and delivered, the tokens in their grace, the tokens deleted
	 * @throws IonosRegistryException if a call failed (the current token stays valid and current)
	 * @throws RuntimeException what the delivery threw (likewise)
	 */
	public synchronized TokenRotation check() {
		Map<UUID, TokenResponse> own = new LinkedHashMap<>();
		List<TokenResponse> family = new ArrayList<>();
		this.tokens.listAll().forEach((token) -> {
			String name = RegistryTokens.nameOf(token);
			if (isOwnToken(name) && token.id() != null) {
				own.put(token.id(), token);
			}
			if (RegistryTokens.isOfBaseName(name, this.baseName)) {
				family.add(token);
			}
		});
		this.current = stillThere(this.current, own);
		this.pending = stillThere(this.pending, own);
		Instant now = this.clock.instant();
		PutTokenOutput made = null;
		Held held = this.current;
		if (this.pending == null && (held == null || !now.isBefore(held.refreshAt(this.policy)))) {
			this.delivery.checkReady();
			made = this.tokens.createForRotation(tokenName(now), scopesFor(held, own, family),
					this.policy.tokenLifetime(), now, null);
			this.pending = Held.of(made, this.tokens.dockerCredentials(made), now);
		}
		Held successor = this.pending;
		List<SupersededToken> superseded = new ArrayList<>(this.retiring);
		if (successor != null) {
			if (held != null) {
				superseded.add(new SupersededToken(held.asToken(own), now, now.plus(this.policy.retireAfter())));
			}
			this.delivery.deliver(successor.credentials(),
					new TokenRotation(successor.created(), superseded, List.of(), List.of()));
			this.current = successor;
			this.pending = null;
			if (held != null) {
				Instant deliveredAt = this.clock.instant();
				Instant retiresAt = deliveredAt.plus(this.policy.retireAfter());
				TokenResponse predecessor = held.asToken(own);
				this.tokens.bringExpiryForward(predecessor, retiresAt);
				superseded.set(superseded.size() - 1, new SupersededToken(predecessor, deliveredAt, retiresAt));
				this.retiring.add(superseded.get(superseded.size() - 1));
			}
		}
		List<TokenResponse> retired = new ArrayList<>();
		List<TokenResponse> notRetired = new ArrayList<>();
		retire(own, superseded, retired, notRetired);
		deleteLostTokens(own, retired);
		return new TokenRotation(made, superseded, retired, notRetired);
	}

	/** The held token if the list still shows it, or if a look-up finds it; else it is gone and forgotten. */
	private @Nullable Held stillThere(@Nullable Held held, Map<UUID, TokenResponse> own) {
		if (held == null) {
			return null;
		}
		TokenResponse listed = own.get(held.id());
		if (listed == null) {
			Optional<TokenResponse> found = this.tokens.find(held.id());
			if (found.isEmpty()) {
				logger.warn("The token " + held.credentials().username() + " of " + this.baseName
						+ " is gone (expired or deleted); this check makes another");
				return null;
			}
			listed = found.get();
			own.put(held.id(), listed);
		}
		return held.withExpiry(RegistryTokens.expiryInstant(listed));
	}

	private void retire(Map<UUID, TokenResponse> own, List<SupersededToken> superseded, List<TokenResponse> retired,
			List<TokenResponse> notRetired) {
		Instant now = this.clock.instant();
		for (SupersededToken token : List.copyOf(this.retiring)) {
			UUID id = Objects.requireNonNull(token.token().id());
			boolean gone = !own.containsKey(id);
			if (gone || !now.isBefore(token.retiresAt())) {
				if (gone || this.tokens.retire(token.token())) {
					this.retiring.remove(token);
					superseded.remove(token);
					retired.add(token.token());
				}
				else {
					notRetired.add(token.token());
				}
			}
		}
	}

	private void deleteLostTokens(Map<UUID, TokenResponse> own, List<TokenResponse> retired) {
		Set<UUID> known = new HashSet<>();
		if (this.current != null) {
			known.add(this.current.id());
		}
		if (this.pending != null) {
			known.add(this.pending.id());
		}
		this.retiring.forEach((token) -> known.add(Objects.requireNonNull(token.token().id())));
		retired.forEach((token) -> known.add(Objects.requireNonNull(token.id())));
		own.forEach((id, token) -> {
			if (!known.contains(id) && this.tokens.retire(token)) {
				logger.info("Deleted " + RegistryTokens.nameOf(token) + ", a token of this holder whose creating "
						+ "answer was lost");
				retired.add(token);
			}
		});
	}

	/** A name of this holder's generation, its stamp later than any made before so that no two are the same. */
	private String tokenName(Instant now) {
		Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
		Instant last = this.lastStamp;
		if (last != null && !stamp.isAfter(last)) {
			stamp = last.plusSeconds(1);
		}
		this.lastStamp = stamp;
		return this.baseName + "-" + this.holderId + "-" + RegistryTokens.stamp(stamp);
	}

	private List<Scope> scopesFor(@Nullable Held held, Map<UUID, TokenResponse> own, List<TokenResponse> family) {
		if (!this.policy.scopes().isEmpty()) {
			return this.policy.scopes();
		}
		if (held != null) {
			List<Scope> scopes = RegistryTokens.scopesOf(held.asToken(own));
			if (!scopes.isEmpty()) {
				return scopes;
			}
		}
		return family.stream()
			.sorted((a, b) -> RegistryTokens.createdAt(b).compareTo(RegistryTokens.createdAt(a)))
			.map(RegistryTokens::scopesOf)
			.filter((scopes) -> !scopes.isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No token of " + this.baseName + " to take the scopes of "
					+ "the first token from, and none given: set the scopes of the rotation policy (in Spring Boot, "
					+ "ionos.registry.rotation." + this.baseName + ".scopes, such as repository:*:pull)"));
	}

	@Override
	public String toString() {
		return "CredentialHolder[baseName=" + this.baseName + ", holderId=" + this.holderId + "]";
	}

	/** A token this holder made, with its password. */
	private record Held(PutTokenOutput created, DockerCredentials credentials, UUID id, Instant createdAt,
			@Nullable Instant expiresAt) {

		static Held of(PutTokenOutput created, DockerCredentials credentials, Instant now) {
			Instant createdAt = (created.metadata() != null && created.metadata().createdDate() != null)
					? created.metadata().createdDate().toInstant() : now;
			TokenProperties properties = created.properties();
			Instant expiresAt = (properties != null && properties.expiryDate() != null)
					? properties.expiryDate().toInstant() : null;
			return new Held(created, credentials, Objects.requireNonNull(created.id(), "a created token without an id"),
					createdAt, expiresAt);
		}

		Held withExpiry(@Nullable Instant expiry) {
			return Objects.equals(expiry, this.expiresAt) ? this
					: new Held(this.created, this.credentials, this.id, this.createdAt, expiry);
		}

		Instant refreshAt(RotationPolicy policy) {
			return policy.refreshAt(this.createdAt, this.expiresAt);
		}

		/** The token as the list shows it, else as its creating answer did, without the password. */
		TokenResponse asToken(Map<UUID, TokenResponse> own) {
			TokenResponse listed = own.get(this.id);
			if (listed != null) {
				return listed;
			}
			TokenProperties made = this.created.properties();
			TokenProperties withoutPassword = (made != null) ? new TokenProperties(
					new Credentials("", this.credentials.username()), made.expiryDate(), made.name(), made.scopes(),
					made.status()) : null;
			return new TokenResponse(this.created.href(), this.id, this.created.metadata(), withoutPassword,
					this.created.type());
		}

		HeldCredential describe(RotationPolicy policy) {
			return new HeldCredential(this.credentials, this.id, this.createdAt, this.expiresAt, refreshAt(policy));
		}

		@Override
		public String toString() {
			return "Held[" + this.credentials + ", id=" + this.id + "]";
		}

	}

}
