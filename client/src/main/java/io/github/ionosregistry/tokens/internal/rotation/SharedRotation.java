package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.IonosApiException;
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
 * The rotation of a base name shared by all its consumers, once: for a single job (a Kubernetes CronJob, a CLI).
 * Nothing lives on to renew its tokens, so each gets a fixed {@link Lifetime} that outlasts the next run. The
 * generation is the base name's shared tokens as the list shows them; the newest is current.
 */
public final class SharedRotation extends RotationSteps {

	private static final Log logger = LogFactory.getLog(SharedRotation.class);

	private List<TokenResponse> generation = List.of();

	private @Nullable TokenResponse newest;

	private SharedRotation(RotationCalls calls, String baseName, RotationPolicy policy, CredentialDelivery delivery,
			Clock clock) {
		super(calls, baseName, policy, delivery, clock);
	}

	/** Rotates a shared base name once. */
	public static TokenRotation rotate(RotationCalls calls, String baseName, RotationPolicy policy,
			CredentialDelivery delivery, Clock clock) {
		return new SharedRotation(calls, baseName, policy, delivery, clock).run();
	}

	@Override
	void read(Run run) {
		this.generation = this.calls.listAll()
			.filter((token) -> RotationNames.isShared(TokenFacts.name(token), this.baseName))
			.sorted(TokenFacts.OLDEST_FIRST)
			.toList();
		this.newest = this.generation.isEmpty() ? null : this.generation.get(this.generation.size() - 1);
	}

	@Override
	@Nullable PutTokenOutput successorWhenDue(Run run) {
		TokenResponse newest = this.newest;
		if (newest != null && !SuccessorDue.isDue(TokenFacts.createdAt(newest), TokenFacts.expiresAt(newest),
				run.startedAt, this.policy)) {
			return null;
		}
		List<Scope> scopes = SuccessorScopes.of(this.policy, this.baseName, newest, this.generation::stream);
		this.delivery.checkReady();
		Instant expiresAt = run.startedAt.plus(Lifetime.ofSuccessor(this.policy.rotateAfter(),
				this.policy.retireAfter(), this.policy.lifetime(), newest)).truncatedTo(ChronoUnit.SECONDS);
		try {
			return this.calls.create(UUID.randomUUID(), RotationNames.shared(this.baseName, run.startedAt), scopes,
					expiresAt, (newest != null) ? TokenFacts.status(newest) : null);
		}
		catch (IonosApiException ex) {
			if (ex.isConflict()) {
				// Another rotation made a successor of the same name this very second: it is the successor.
				return null;
			}
			throw ex;
		}
	}

	@Override
	void handOver(PutTokenOutput successor, Run run) {
		TokenResponse newest = this.newest;
		deliver(successor, newest, run);
		Instant deliveredAt = now();
		if (newest != null) {
			supersede(newest, deliveredAt, Grace.endsAt(deliveredAt, this.policy), run);
		}
	}

	private void deliver(PutTokenOutput successor, @Nullable TokenResponse newest, Run run) {
		if (this.delivery == CredentialDelivery.NONE) {
			return;
		}
		List<SupersededToken> promised = (newest != null) ? List.of(new SupersededToken(newest, run.startedAt,
				Grace.endsAt(run.startedAt, this.policy))) : List.of();
		try {
			this.delivery.deliver(this.calls.credentials(successor), new TokenRotation(successor, promised, List.of()));
		}
		catch (RuntimeException ex) {
			String name = (successor.properties() != null) ? successor.properties().name() : null;
			if (successor.id() == null || !this.calls.delete(successor.id(), name)) {
				logger.warn("The successor " + name + " could not be delivered nor deleted; it expires at its "
						+ "expiry date");
			}
			throw ex;
		}
	}

	/** The tokens older than the newest keep the date they have; one without gets the grace's end. */
	@Override
	void retire(Run run) {
		List<SupersededToken> older = new ArrayList<>();
		for (int i = 0; i < this.generation.size() - 1; i++) {
			TokenResponse token = this.generation.get(i);
			Instant supersededAt = TokenFacts.createdAt(this.generation.get(i + 1));
			Instant expiresAt = TokenFacts.expiresAt(token);
			if (expiresAt != null) {
				older.add(new SupersededToken(token, supersededAt, expiresAt));
			}
			else {
				supersede(token, supersededAt, Grace.endsAt(now(), this.policy), run);
			}
		}
		run.superseded.addAll(0, older);
	}

	/** Supersedes a token: valid to the grace's end, which its expiry date enforces, or deleted if it has ended. */
	private void supersede(TokenResponse token, Instant supersededAt, Instant graceEnd, Run run) {
		Instant now = now();
		if (Grace.hasEnded(graceEnd, now) && this.calls.delete(TokenFacts.id(token), TokenFacts.name(token))) {
			run.retired.add(token);
			return;
		}
		Instant expiresAt = TokenFacts.expiresAt(token);
		Instant wanted = Grace.enforcingExpiry(graceEnd, expiresAt, now);
		if (wanted != null) {
			try {
				this.calls.changeExpiry(TokenFacts.id(token), wanted);
				expiresAt = wanted;
			}
			catch (IonosRegistryException ex) {
				logger.warn("Could not bring the expiry date of " + TokenFacts.name(token) + " forward to " + wanted
						+ "; the next rotation does: " + ex.getMessage());
			}
		}
		run.superseded.add(new SupersededToken(token, supersededAt, (expiresAt != null) ? expiresAt : graceEnd));
	}

}
