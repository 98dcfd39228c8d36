package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.RotationPolicy;
import io.github.ionosregistry.tokens.model.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * What a holder started at a destination where a holder stopped takes over: the credential the destination holds,
 * if its holder's claim is free (the process that held it is gone), with what that holder's record knew; and the
 * claims of holders gone whose credentials the destination no longer holds, whose tokens nobody reads.
 */
final class HolderResumption {

	private HolderResumption() {
	}

	/**
	 * What a holder takes over.
	 * @param holderId the id of the holder taken over
	 * @param claim its claim, held now
	 * @param current the token the destination holds, or {@code null} if it is gone
	 * @param supersededNow the token the record named current when the destination holds a newer one
	 * @param superseded the tokens in their grace
	 * @param unsure the tokens made whose passwords nobody holds
	 */
	record Resumed(String holderId, HolderClaim claim, @Nullable HeldToken current, @Nullable HeldToken supersededNow,
			List<TokenInGrace> superseded, Set<UUID> unsure) {

	}

	/** Takes over the holder whose credential the destination holds, if that holder is gone. */
	static Optional<Resumed> takeOver(RotationCalls calls, String baseName, RotationPolicy policy,
			ResumableDestination destination) {
		Optional<DockerCredentials> held = destination.held(calls.hostname());
		Optional<String> holderId = held.flatMap((credentials) -> RotationNames.holderIdOf(credentials.username(),
				baseName));
		Optional<HolderClaim> claim = holderId.flatMap((id) -> destination.takeOver(baseName, id));
		if (claim.isEmpty()) {
			return Optional.empty();
		}
		HolderRecord record = claim.get().read().orElse(new HolderRecord(holderId.get(), null, List.of(), List.of()));
		return Optional.of(resume(calls, policy, claim.get(), record, held.get()));
	}

	private static Resumed resume(RotationCalls calls, RotationPolicy policy, HolderClaim claim, HolderRecord record,
			DockerCredentials credentials) {
		List<TokenInGrace> superseded = new ArrayList<>();
		record.superseded().forEach((inGrace) -> calls.find(inGrace.id())
			.ifPresent((token) -> superseded.add(TokenInGrace.resumed(token, Instant.parse(inGrace.graceEnd()),
					policy))));
		Set<UUID> unsure = new LinkedHashSet<>(record.unsure());
		UUID recorded = record.current();
		HeldToken current = (recorded != null) ? held(calls, recorded, credentials) : null;
		HeldToken supersededNow = null;
		for (UUID id : (current == null) ? List.copyOf(unsure) : List.<UUID>of()) {
			// Written into the destination just before the stop, but not known to be delivered: it is the current one.
			current = held(calls, id, credentials);
			if (current != null) {
				unsure.remove(id);
				supersededNow = (recorded != null) ? calls.find(recorded)
					.map((previous) -> HeldToken.resumed(previous, credentials))
					.orElse(null) : null;
				break;
			}
		}
		return new Resumed(record.holderId(), claim, current, supersededNow, superseded, unsure);
	}

	/** The token of an id, if it is the one whose credentials the destination holds. */
	private static @Nullable HeldToken held(RotationCalls calls, UUID tokenId, DockerCredentials credentials) {
		Optional<TokenResponse> token = calls.find(tokenId)
			.filter((found) -> credentials.username().equals(TokenFacts.name(found)));
		return token.map((found) -> HeldToken.resumed(found, credentials)).orElse(null);
	}

	/** Ends the claims of holders gone whose credentials nobody reads: their tokens deleted, but those in grace. */
	static void cleanUpAbandoned(RotationCalls calls, String baseName, ResumableDestination destination) {
		for (HolderClaim abandoned : destination.abandoned(baseName)) {
			abandoned.read().ifPresent((record) -> {
				List<UUID> unused = new ArrayList<>(record.unsure());
				if (record.current() != null) {
					unused.add(record.current());
				}
				unused.forEach((id) -> calls.delete(id, null));
			});
			abandoned.end();
		}
	}

}
