package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.CredentialHolder;
import io.github.ionosregistry.tokens.HeldCredential;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.SupersededToken;
import io.github.ionosregistry.tokens.TokenRotation;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A holder's own generation of a base name's tokens, kept by id: a check reads the token it holds, not the
 * registry's list, so it costs the same however many tokens the registry has. What it knows of its tokens it keeps
 * in a claim beside a destination that outlives its process (a Docker config file), so that its next process takes
 * over where it stopped.
 */
public final class HolderRotation extends RotationSteps implements CredentialHolder {

	private static final Log logger = LogFactory.getLog(HolderRotation.class);

	private volatile String holderId = RotationNames.newHolderId();

	private @Nullable HolderClaim claim;

	private volatile @Nullable HeldToken current;

	private @Nullable HeldToken undelivered;

	private final List<TokenInGrace> superseded = new ArrayList<>();

	/** Tokens it may have made without holding their passwords: a create whose answer was lost. */
	private final Set<UUID> unsure = new LinkedHashSet<>();

	private boolean redeliver;

	private boolean started;

	private boolean released;

	private @Nullable Instant lastStamp;

	public HolderRotation(RotationCalls calls, String baseName, RotationPolicy policy, CredentialDelivery delivery,
			Clock clock) {
		super(calls, baseName, policy, delivery, clock);
	}

	@Override
	public String baseName() {
		return this.baseName;
	}

	@Override
	public String holderId() {
		return this.holderId;
	}

	@Override
	public Optional<HeldCredential> current() {
		HeldToken held = this.current;
		return (held != null) ? Optional.of(held.describe(this.policy)) : Optional.empty();
	}

	@Override
	public boolean isOwnToken(@Nullable String tokenName) {
		return RotationNames.holderIdOf(tokenName, this.baseName).filter(this.holderId::equals).isPresent();
	}

	@Override
	public synchronized TokenRotation check() {
		if (this.released) {
			throw new IllegalStateException("The holder " + this.holderId + " of " + this.baseName + " was released");
		}
		return run();
	}

	@Override
	void read(Run run) {
		if (!this.started) {
			resumeOrClaim();
			this.started = true;
		}
		boolean changed = this.unsure.removeIf((id) -> this.calls.delete(id, null));
		HeldToken held = this.current;
		this.current = stillThere(held);
		HeldToken undelivered = this.undelivered;
		this.undelivered = stillThere(undelivered);
		if (changed || (held != null && this.current == null) || (undelivered != null && this.undelivered == null)) {
			record();
		}
	}

	/** The token as the service has it now; {@code null} if it is gone. */
	private @Nullable HeldToken stillThere(@Nullable HeldToken held) {
		if (held == null) {
			return null;
		}
		Optional<TokenResponse> token = this.calls.find(held.id());
		if (token.isEmpty()) {
			logger.warn("The token " + held.credentials().username() + " is gone (expired or deleted); this check "
					+ "makes another");
		}
		return token.map(held::as).orElse(null);
	}

	@Override
	@Nullable PutTokenOutput successorWhenDue(Run run) {
		HeldToken undelivered = this.undelivered;
		if (undelivered != null) {
			return undelivered.created();
		}
		HeldToken held = this.current;
		if (held != null && !SuccessorDue.isDue(held.createdAt(), held.end(this.policy), run.startedAt, this.policy)) {
			return null;
		}
		List<Scope> scopes = SuccessorScopes.of(this.policy, this.baseName, (held != null) ? held.token() : null,
				() -> this.calls.listAll().filter((token) -> RotationNames.isOfBaseName(TokenFacts.name(token),
						this.baseName)));
		this.delivery.checkReady();
		return make(scopes, run.startedAt);
	}

	/** Makes a token under an id recorded first, so that a create whose answer is lost is found by it. */
	private PutTokenOutput make(List<Scope> scopes, Instant now) {
		UUID id = UUID.randomUUID();
		this.unsure.add(id);
		record();
		Instant expiresAt = Lease.firstExpiry(now, this.policy.tokenLifetime(), this.policy.lease());
		PutTokenOutput created = this.calls.create(id, nameAt(now), scopes, expiresAt, null);
		this.unsure.remove(id);
		this.undelivered = HeldToken.made(created, this.calls.credentials(created), now);
		record();
		return created;
	}

	@Override
	void handOver(PutTokenOutput successor, Run run) {
		HeldToken next = Objects.requireNonNull(this.undelivered);
		HeldToken previous = this.current;
		List<SupersededToken> promised = new ArrayList<>(supersededTokens());
		if (previous != null) {
			promised.add(new SupersededToken(previous.token(), run.startedAt, Grace.endsAt(run.startedAt, this.policy)));
		}
		this.delivery.deliver(next.credentials(), new TokenRotation(successor, promised, List.of()));
		Instant deliveredAt = now();
		this.current = next;
		this.undelivered = null;
		this.redeliver = false;
		if (previous != null) {
			supersede(previous, deliveredAt);
		}
		record();
	}

	/** Starts a token's grace; should its expiry date not be brought forward now, the holder still retires it. */
	private void supersede(HeldToken previous, Instant deliveredAt) {
		Instant graceEnd = Grace.endsAt(deliveredAt, this.policy);
		TokenInGrace inGrace = new TokenInGrace(previous.token(), deliveredAt, graceEnd, previous.expiresAt());
		this.superseded.add(inGrace);
		Instant enforcing = Grace.enforcingExpiry(graceEnd, previous.expiresAt(), now());
		if (enforcing != null && !Grace.hasEnded(graceEnd, now())) {
			try {
				this.superseded.set(this.superseded.indexOf(inGrace),
						this.calls.changeExpiry(previous.id(), enforcing).map(inGrace::as).orElse(inGrace));
			}
			catch (IonosRegistryException ex) {
				logger.warn("Could not bring the expiry date of " + inGrace.name() + " forward to its grace's end; "
						+ "it is deleted then: " + ex.getMessage());
			}
		}
	}

	/** Renews the leases of its tokens, and delivers its credential again when it renewed it. */
	@Override
	void keep(Run run) {
		HeldToken held = this.current;
		Instant now = now();
		if (held != null) {
			Instant renewal = Lease.renewal(now, held.expiresAt(), held.end(this.policy), this.policy.lease());
			if (renewal != null) {
				this.current = this.calls.changeExpiry(held.id(), renewal).map(held::as).orElse(null);
				this.redeliver = this.current != null;
			}
		}
		this.superseded.replaceAll((inGrace) -> {
			Instant renewal = Grace.hasEnded(inGrace.graceEnd(), now) ? null
					: Lease.renewal(now, inGrace.expiresAt(), Grace.expiryFor(inGrace.graceEnd(), now),
							this.policy.lease());
			return (renewal != null) ? this.calls.changeExpiry(inGrace.id(), renewal).map(inGrace::as).orElse(inGrace)
					: inGrace;
		});
		HeldToken renewed = this.current;
		if (this.redeliver && renewed != null) {
			// A destination several holders write keeps a credential renewed within half a lease.
			this.delivery.deliver(renewed.credentials(), new TokenRotation(null, supersededTokens(), List.of()));
			this.redeliver = false;
		}
	}

	@Override
	void retire(Run run) {
		Instant now = now();
		for (TokenInGrace inGrace : List.copyOf(this.superseded)) {
			if (Grace.hasEnded(inGrace.graceEnd(), now) && this.calls.delete(inGrace.id(), inGrace.name())) {
				this.superseded.remove(inGrace);
				run.retired.add(inGrace.token());
			}
		}
		run.superseded.addAll(supersededTokens());
		if (!run.retired.isEmpty()) {
			record();
		}
	}

	/**
	 * Stops holding: deletes the tokens nobody can be using, and, unless its destination is shared with other holders
	 * that live or unknown, every token it made. Later checks are refused.
	 */
	@Override
	public synchronized void release() {
		if (this.released) {
			return;
		}
		this.released = true;
		boolean consumersMayRemain = consumersMayRemain();
		Set<UUID> unusable = new LinkedHashSet<>(this.unsure);
		HeldToken undelivered = this.undelivered;
		if (undelivered != null) {
			unusable.add(undelivered.id());
		}
		unusable.forEach((id) -> this.calls.delete(id, null));
		long deleted = unusable.size();
		if (!consumersMayRemain) {
			HeldToken held = this.current;
			deleted += (held != null && this.calls.delete(held.id(), held.credentials().username())) ? 1 : 0;
			deleted += this.superseded.stream().filter((token) -> this.calls.delete(token.id(), token.name())).count();
		}
		endClaim(consumersMayRemain);
		logger.info("Released the tokens of " + this.baseName + " held by " + this.holderId + ": deleted " + deleted
				+ (consumersMayRemain ? "; its credential and those in their grace stay until their expiry dates, "
						+ "since others may still read them from " + this.delivery : ""));
	}

	/** Whether a consumer may still read this holder's credential from its destination once it has stopped. */
	private boolean consumersMayRemain() {
		if (this.delivery == CredentialDelivery.NONE || this.current == null) {
			return false;
		}
		HolderClaim claim = this.claim;
		return !(this.delivery instanceof ResumableDestination destination) || claim == null
				|| destination.isSharedWithLiveHolders(claim);
	}

	private void endClaim(boolean keepForTheNextProcess) {
		HolderClaim claim = this.claim;
		if (claim != null) {
			if (keepForTheNextProcess) {
				claim.close();
			}
			else {
				claim.end();
			}
			this.claim = null;
		}
	}

	/** At the first check: takes back what this holder's previous process delivered here, or makes a claim. */
	private void resumeOrClaim() {
		if (!(this.delivery instanceof ResumableDestination destination)) {
			return;
		}
		Optional<HolderResumption.Resumed> resumed = HolderResumption.takeOver(this.calls, this.baseName,
				this.policy, destination);
		if (resumed.isPresent()) {
			HolderResumption.Resumed taken = resumed.get();
			this.holderId = taken.holderId();
			this.claim = taken.claim();
			this.current = taken.current();
			this.superseded.addAll(taken.superseded());
			this.unsure.addAll(taken.unsure());
			HeldToken previous = taken.supersededNow();
			if (previous != null) {
				supersede(previous, now());
			}
			logger.info("Took back the credential of " + this.baseName + " held by " + this.holderId + " from "
					+ this.delivery + ((this.current != null) ? "" : ": its token is gone, this check makes another"));
		}
		else {
			this.claim = destination.claim(this.baseName, holderRecord());
		}
		HolderResumption.cleanUpAbandoned(this.calls, this.baseName, destination);
	}

	private void record() {
		HolderClaim claim = this.claim;
		if (claim != null) {
			claim.write(holderRecord());
		}
	}

	private HolderRecord holderRecord() {
		HeldToken held = this.current;
		List<UUID> unsure = new ArrayList<>(this.unsure);
		HeldToken undelivered = this.undelivered;
		if (undelivered != null) {
			unsure.add(undelivered.id());
		}
		return new HolderRecord(this.holderId, (held != null) ? held.id() : null, unsure, this.superseded.stream()
			.map((inGrace) -> new HolderRecord.InGrace(inGrace.id(), inGrace.graceEnd().toString()))
			.toList());
	}

	private List<SupersededToken> supersededTokens() {
		return this.superseded.stream().map(TokenInGrace::asSuperseded).toList();
	}

	/** A name of this holder's generation, its stamp later than any made before so that no two are the same. */
	private String nameAt(Instant now) {
		Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
		Instant last = this.lastStamp;
		if (last != null && !stamp.isAfter(last)) {
			stamp = last.plusSeconds(1);
		}
		this.lastStamp = stamp;
		return RotationNames.ofHolder(this.baseName, this.holderId, stamp);
	}

	@Override
	public String toString() {
		return "CredentialHolder[baseName=" + this.baseName + ", holderId=" + this.holderId + "]";
	}

}
