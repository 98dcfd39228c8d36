package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.SupersededToken;
import io.github.ionosregistry.tokens.TokenRotation;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * A rotation as a sequence of steps, the same for a holder's check and for the rotation of a shared base name; each
 * step applies the rules of its own class:
 * <ol>
 * <li>{@link #read}: the generation as the service has it now;</li>
 * <li>{@link #successorWhenDue}: a successor when one is due ({@link SuccessorDue}), with its lifetime
 * ({@link Lifetime}, {@link Lease}), name ({@link RotationNames}) and scopes ({@link SuccessorScopes}), or one made
 * before and not yet delivered;</li>
 * <li>{@link #handOver}: the successor delivered, and only then its predecessor superseded: its grace starts at the
 * delivery ({@link Grace});</li>
 * <li>{@link #keep}: the holder's leases renewed ({@link Lease});</li>
 * <li>{@link #retire}: superseded tokens whose grace has ended deleted.</li>
 * </ol>
 */
abstract class RotationSteps {

	/** The calls on the registry's tokens. */
	final RotationCalls calls;

	/** The base name rotated. */
	final String baseName;

	/** When a successor is due, the grace, the lifetime and lease, the scopes. */
	final RotationPolicy policy;

	/** Where each credential goes. */
	final CredentialDelivery delivery;

	private final Clock clock;

	RotationSteps(RotationCalls calls, String baseName, RotationPolicy policy, CredentialDelivery delivery,
			Clock clock) {
		this.calls = calls;
		this.baseName = baseName;
		this.policy = policy;
		this.delivery = delivery;
		this.clock = clock;
	}

	/** Runs the steps once. */
	final TokenRotation run() {
		Run run = new Run(this.clock.instant());
		read(run);
		PutTokenOutput successor = successorWhenDue(run);
		if (successor != null) {
			handOver(successor, run);
		}
		keep(run);
		retire(run);
		return new TokenRotation(successor, run.superseded, run.retired);
	}

	abstract void read(Run run);

	abstract @Nullable PutTokenOutput successorWhenDue(Run run);

	abstract void handOver(PutTokenOutput successor, Run run);

	void keep(Run run) {
	}

	abstract void retire(Run run);

	/** The time now, read again: a step may take long. */
	final Instant now() {
		return this.clock.instant();
	}

	/** One run: when it started, and what it found superseded and retired. */
	static final class Run {

		final Instant startedAt;

		final List<SupersededToken> superseded = new ArrayList<>();

		final List<TokenResponse> retired = new ArrayList<>();

		Run(Instant startedAt) {
			this.startedAt = startedAt;
		}

	}

}
