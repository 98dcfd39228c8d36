package io.github.ionosregistry.tokens.internal.rotation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a holder keeps in its claim beside its destination, so that its next process can take over where it
 * stopped: the ids of its tokens, never a password (the destination holds the current one's).
 *
 * @param holderId the holder id
 * @param current the token whose credentials were delivered last
 * @param unsure tokens it may have made without holding their passwords: a create whose answer was lost, a
 * successor not yet delivered; nobody can use them, so they are deleted
 * @param superseded tokens in their grace, each with the time its grace ends
 */
record HolderRecord(String holderId, @Nullable UUID current, List<UUID> unsure, List<InGrace> superseded) {

	HolderRecord {
		unsure = List.copyOf(unsure);
		superseded = List.copyOf(superseded);
	}

	/**
	 * A superseded token and when its grace ends.
	 * @param id the token
	 * @param graceEnd the end of its grace, as an ISO-8601 instant
	 */
	record InGrace(UUID id, String graceEnd) {

	}

}
