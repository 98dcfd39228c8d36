package io.github.ionosregistry.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's state: the tokens of each registry, in creation order, with the hashes of their passwords. Any
 * well-formed registry id names a registry, empty until tokens are created in it. Expired tokens are deleted, as the
 * service does.
 * <p>
 * A change is made on a copy of the registry's tokens and takes effect only once the change listener (which saves
 * the state file) has returned: when saving fails, the tokens in memory stay as they were, as in the file.
 */
final class TokenStore {

	/** The service refuses expiry dates closer than this. */
	static final Duration MIN_LIFETIME = Duration.ofHours(1);

	private final Map<UUID, LinkedHashMap<UUID, StoredToken>> registries = new LinkedHashMap<>();

	private final Clock clock;

	private final Consumer<Map<UUID, List<StoredToken>>> onChange;

	/**
	 * A store.
	 * @param clock decides creation dates and expiry
	 * @param onChange called, holding the store's lock, with every registry's tokens as they are after a change and
	 * before it takes effect; an exception it throws undoes the change
	 */
	TokenStore(Clock clock, Consumer<Map<UUID, List<StoredToken>>> onChange) {
		this.clock = clock;
		this.onChange = onChange;
	}

	record Page(List<EmulatedToken> items, int total) {
	}

	record Put(EmulatedToken token, boolean created) {
	}

	synchronized Page list(UUID registryId, int offset, int limit) {
		List<EmulatedToken> all = tokens(registryId);
		int from = Math.min(offset, all.size());
		int to = (int) Math.min((long) from + limit, all.size());
		return new Page(List.copyOf(all.subList(from, to)), all.size());
	}

	synchronized EmulatedToken find(UUID registryId, UUID tokenId) {
		return stored(registryId, tokenId).token();
	}

	/** The token of that name in a registry, with its password's hash, if it exists and has not expired. */
	synchronized Optional<StoredToken> findByName(UUID registryId, String name) {
		return tokensOf(registryId).values().stream().filter((stored) -> stored.token().name().equals(name)).findFirst();
	}

	/** The registries that hold tokens. */
	synchronized Set<UUID> registryIds() {
		return Set.copyOf(this.registries.keySet());
	}

	synchronized EmulatedToken create(UUID registryId, UUID tokenId, TokenSpec spec, String actor, String password) {
		requireLifetime(spec.expiryDate());
		requireUniqueName(registryId, spec.name());
		EmulatedToken token = new EmulatedToken(tokenId, spec.name(),
				(spec.status() != null) ? spec.status() : EmulatedStatus.ENABLED, spec.expiryDate(), spec.scopes(), actor,
				now(), null, null);
		commit(registryId, (tokens) -> tokens.put(tokenId, StoredToken.withPassword(token, password)));
		return token;
	}

	/**
	 * Creates or replaces a token under the caller's id.
	 * @param password the password of the token if this creates it; a replaced token keeps its own
	 */
	synchronized Put put(UUID registryId, UUID tokenId, TokenSpec spec, String actor, String password) {
		StoredToken existing = tokensOf(registryId).get(tokenId);
		if (existing == null) {
			return new Put(create(registryId, tokenId, spec, actor, password), true);
		}
		if (!existing.token().name().equals(spec.name())) {
			throw EmulatorException.badRequest("The name of token " + tokenId + " cannot change from '"
					+ existing.token().name() + "' to '" + spec.name() + "'");
		}
		requireLifetime(spec.expiryDate());
		EmulatedToken replaced = new EmulatedToken(tokenId, existing.token().name(),
				(spec.status() != null) ? spec.status() : EmulatedStatus.ENABLED, spec.expiryDate(), spec.scopes(),
				existing.token().createdBy(), existing.token().createdDate(), actor, now());
		commit(registryId, (tokens) -> tokens.put(tokenId, existing.replacedBy(replaced)));
		return new Put(replaced, false);
	}

	synchronized EmulatedToken patch(UUID registryId, UUID tokenId, TokenPatch patch, String actor) {
		StoredToken stored = stored(registryId, tokenId);
		EmulatedToken existing = stored.token();
		OffsetDateTime expiryDate = patch.changesExpiryDate() ? patch.expiryDate() : existing.expiryDate();
		if (patch.changesExpiryDate()) {
			requireLifetime(expiryDate);
		}
		EmulatedToken patched = new EmulatedToken(tokenId, existing.name(),
				(patch.status() != null) ? patch.status() : existing.status(), expiryDate,
				(patch.scopes() != null) ? patch.scopes() : existing.scopes(), existing.createdBy(),
				existing.createdDate(), actor, now());
		commit(registryId, (tokens) -> tokens.put(tokenId, stored.replacedBy(patched)));
		return patched;
	}

	synchronized void delete(UUID registryId, UUID tokenId) {
		stored(registryId, tokenId);
		commit(registryId, (tokens) -> tokens.remove(tokenId));
	}

	synchronized EmulatedToken seed(UUID registryId, EmulatedToken token, @Nullable String password) {
		if (tokensOf(registryId).containsKey(token.id())) {
			throw new IllegalArgumentException("registry " + registryId + " already holds token " + token.id());
		}
		try {
			requireUniqueName(registryId, token.name());
		}
		catch (EmulatorException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
		StoredToken stored = (password != null) ? StoredToken.withPassword(token, password) : new StoredToken(token, null);
		commit(registryId, (tokens) -> tokens.put(token.id(), stored));
		return token;
	}

	synchronized List<EmulatedToken> tokens(UUID registryId) {
		return tokensOf(registryId).values().stream().map(StoredToken::token).toList();
	}

	synchronized void clear() {
		this.onChange.accept(Map.of());
		this.registries.clear();
	}

	/** Replaces the state, without calling the change listener: for loading a saved state. */
	synchronized void load(Map<UUID, List<StoredToken>> saved) {
		this.registries.clear();
		saved.forEach((registryId, tokens) -> {
			LinkedHashMap<UUID, StoredToken> byId = new LinkedHashMap<>();
			tokens.forEach((stored) -> byId.put(stored.token().id(), stored));
			this.registries.put(registryId, byId);
		});
	}

	/**
	 * Applies a change to a copy of a registry's tokens, hands the whole state with that copy to the change listener,
	 * and only then puts the copy in place.
	 */
	private void commit(UUID registryId, Consumer<Map<UUID, StoredToken>> change) {
		LinkedHashMap<UUID, StoredToken> changed = new LinkedHashMap<>(tokensOf(registryId));
		change.accept(changed);
		Map<UUID, List<StoredToken>> state = new LinkedHashMap<>();
		this.registries.forEach((id, tokens) -> {
			Map<UUID, StoredToken> after = id.equals(registryId) ? changed : tokens;
			if (!after.isEmpty()) {
				state.put(id, List.copyOf(after.values()));
			}
		});
		this.onChange.accept(state);
		this.registries.put(registryId, changed);
	}

	private StoredToken stored(UUID registryId, UUID tokenId) {
		StoredToken stored = tokensOf(registryId).get(tokenId);
		if (stored == null) {
			throw EmulatorException.notFound("Token " + tokenId + " not found in registry " + registryId);
		}
		return stored;
	}

	private Map<UUID, StoredToken> tokensOf(UUID registryId) {
		// Expired tokens leave memory here and the file with the next change; loading the file drops them again.
		Map<UUID, StoredToken> tokens = this.registries.computeIfAbsent(registryId, (id) -> new LinkedHashMap<>());
		OffsetDateTime now = now();
		tokens.values().removeIf((stored) -> stored.token().expiryDate() != null
				&& !stored.token().expiryDate().isAfter(now));
		return tokens;
	}

	private void requireUniqueName(UUID registryId, String name) {
		for (StoredToken stored : tokensOf(registryId).values()) {
			if (stored.token().name().equals(name)) {
				throw EmulatorException.conflict("A token named '" + name + "' already exists in registry " + registryId);
			}
		}
	}

	private void requireLifetime(@Nullable OffsetDateTime expiryDate) {
		if (expiryDate != null && expiryDate.isBefore(now().plus(MIN_LIFETIME))) {
			throw EmulatorException.badRequest(
					"expiryDate " + expiryDate + " must be at least one hour in the future");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
