package io.github.ionosregistry.tokens;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One holder's own generation of the tokens of a base name: what each replica of an application, each pod, each
 * process that needs a registry credential keeps for itself, so that it always has a valid one without sharing a
 * password with anyone or coordinating with anyone. Get one from {@link RegistryTokens#holder}; check it on a schedule
 * ({@code ionos.registry.rotation.*} does that in Spring Boot) and release it when the process stops.
 * <p>
 * A holder has an id of six letters and digits and names its tokens {@code <baseName>-<holderId>-<yyyyMMddHHmmss>}. Each {@link #check()}:
 * <ol>
 * <li>reads the token it holds, by id (never the registry's whole list), and deletes tokens it may have made without
 * getting their answer;</li>
 * <li>makes its first token, or a successor when the current one is due (at the age of {@code rotateAfter}, or
 * sooner if its lifetime's end leaves no more than the grace), or takes one made before and not yet delivered;</li>
 * <li>delivers it, and only then supersedes the token before it, whose <em>grace</em> starts there: it stays valid
 * for {@code retireAfter} (its expiry date brought forward to the grace's end, an hour ahead at the soonest);</li>
 * <li>renews its <em>lease</em>: each of its tokens' expiry date is kept about {@link RotationPolicy#lease()} ahead,
 * renewed once less than half is left, and the renewed credential delivered again, so that a holder that dies
 * leaves nothing valid for longer than a lease;</li>
 * <li>retires (deletes) superseded tokens whose grace has ended.</li>
 * </ol>
 * A failure at any step leaves the current token valid and current; the next check carries on where this one
 * stopped. A destination that outlives the process (a Docker config file, {@link CredentialDelivery#dockerConfig})
 * keeps the holder's claim beside it: a holder started again there takes back the credential it holds instead of
 * making one (a container restarted in its pod), and never one of a holder that lives. Checks run one at a time.
 *
 * @since 0.1.0
 */
public interface CredentialHolder {

	/** The base name whose tokens this holder keeps. */
	String baseName();

	/** This holder's id, part of the name of every token it makes; taken back with a credential after a restart. */
	String holderId();

	/**
	 * The credential this holder delivered last and holds now.
	 * @return the credential, empty before the first check that made one, or when its token is gone
	 */
	Optional<HeldCredential> current();

	/**
	 * Whether a token name is one of this holder's.
	 * @param tokenName the name
	 * @return {@code true} for {@code <baseName>-<holderId>-<14 digits>}
	 */
	boolean isOwnToken(@Nullable String tokenName);

	/**
	 * Checks now: delivers the first token or a successor when due, renews the leases, retires the superseded tokens
	 * whose grace has passed.
	 * @return what the check did: the token delivered (made now or before), the tokens in their grace, the tokens
	 * deleted
	 * @throws IonosRegistryException if a call failed (the current token stays valid and current)
	 * @throws IllegalStateException if the holder was released
	 * @throws RuntimeException what the delivery threw (likewise)
	 */
	TokenRotation check();

	/**
	 * Stops holding, as a process that stops should: deletes every token this holder made, unless consumers may still
	 * read its credential from its destination (one other holders that live deliver to as well, or one whose sharing
	 * the holder cannot know, such as an application's listener): then only the tokens nobody can use are deleted and
	 * the others end at their expiry dates, within a lease. Each deletion is one call, bounded by the client's call
	 * time-out; a deletion that fails is logged and its token ends at its expiry date. Later checks are refused.
	 */
	void release();

}
