package io.github.ionosregistry.tokens.internal.rotation;

import java.util.List;
import java.util.Optional;

import io.github.ionosregistry.tokens.DockerCredentials;

/**
 * A destination that outlives its holder's process and keeps the holders' claims beside it: a holder restarted
 * there takes back the credential it delivered, and a holder that stops knows whether others still deliver there.
 */
interface ResumableDestination {

	/** The credentials the destination holds for the registry now. */
	Optional<DockerCredentials> held(String hostname);

	/** Makes and holds a holder's claim here. */
	HolderClaim claim(String baseName, HolderRecord record);

	/** Takes over the claim of a holder that is gone; empty if it has none here, or it lives. */
	Optional<HolderClaim> takeOver(String baseName, String holderId);

	/** Takes over every claim of the base name whose holder is gone. */
	List<HolderClaim> abandoned(String baseName);

	/** Whether a holder other than this one, of any base name, lives and delivers here. */
	boolean isSharedWithLiveHolders(HolderClaim own);

}
