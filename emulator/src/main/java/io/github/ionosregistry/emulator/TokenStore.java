package io.github.ionosregistry.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's state: the tokens of each registry, in creation order. Any well-formed registry id names a
 * registry, empty until tokens are created in it. Expired tokens are deleted, as the service does.
 */
final class TokenStore {

	/** The service refuses expiry dates closer than this. */
	static final Duration MIN_LIFETIME = Duration.ofHours(1);

	private final Map<UUID, LinkedHashMap<UUID, EmulatedToken>> registries = new LinkedHashMap<>();

	private final Clock clock;

	private final Runnable onChange;

	/**
	 * A store.
	 * @param clock decides creation dates and expiry
	 * @param onChange called, holding the store's lock, after every change
	 */
	TokenStore(Clock clock, Runnable onChange) {
		this.clock = clock;
		this.onChange = onChange;
	}

	record Page(List<EmulatedToken> items, int total) {
	}

	record Put(EmulatedToken token, boolean created) {
	}

	synchronized Page list(UUID registryId, int offset, int limit) {
		List<EmulatedToken> all = new ArrayList<>(tokensOf(registryId).values());
		int from = Math.min(offset, all.size());
		int to = (int) Math.min((long) from + limit, all.size());
		return new Page(List.copyOf(all.subList(from, to)), all.size());
	}

	synchronized EmulatedToken find(UUID registryId, UUID tokenId) {
		EmulatedToken token = tokensOf(registryId).get(tokenId);
		if (token == null) {
			throw EmulatorException.notFound("Token " + tokenId + " not found in registry " + registryId);
		}
		return token;
	}

	synchronized EmulatedToken create(UUID registryId, UUID tokenId, TokenSpec spec, String actor) {
		requireLifetime(spec.expiryDate());
		requireUniqueName(registryId, spec.name());
		EmulatedToken token = new EmulatedToken(tokenId, spec.name(),
				(spec.status() != null) ? spec.status() : EmulatedStatus.ENABLED, spec.expiryDate(), spec.scopes(), actor,
				now(), null, null);
		tokensOf(registryId).put(tokenId, token);
		this.onChange.run();
		return token;
	}

	synchronized Put put(UUID registryId, UUID tokenId, TokenSpec spec, String actor) {
		EmulatedToken existing = tokensOf(registryId).get(tokenId);
		if (existing == null) {
			return new Put(create(registryId, tokenId, spec, actor), true);
		}
		if (!existing.name().equals(spec.name())) {
			throw EmulatorException.badRequest(
					"The name of token " + tokenId + " cannot change from '" + existing.name() + "' to '" + spec.name() + "'");
		}
		requireLifetime(spec.expiryDate());
		EmulatedToken replaced = new EmulatedToken(tokenId, existing.name(),
				(spec.status() != null) ? spec.status() : EmulatedStatus.ENABLED, spec.expiryDate(), spec.scopes(),
				existing.createdBy(), existing.createdDate(), actor, now());
		tokensOf(registryId).put(tokenId, replaced);
		this.onChange.run();
		return new Put(replaced, false);
	}

	synchronized EmulatedToken patch(UUID registryId, UUID tokenId, TokenPatch patch, String actor) {
		EmulatedToken existing = find(registryId, tokenId);
		OffsetDateTime expiryDate = patch.changesExpiryDate() ? patch.expiryDate() : existing.expiryDate();
		if (patch.changesExpiryDate()) {
			requireLifetime(expiryDate);
		}
		EmulatedToken patched = new EmulatedToken(tokenId, existing.name(),
				(patch.status() != null) ? patch.status() : existing.status(), expiryDate,
				(patch.scopes() != null) ? patch.scopes() : existing.scopes(), existing.createdBy(),
				existing.createdDate(), actor, now());
		tokensOf(registryId).put(tokenId, patched);
		this.onChange.run();
		return patched;
	}

	synchronized void delete(UUID registryId, UUID tokenId) {
		find(registryId, tokenId);
		tokensOf(registryId).remove(tokenId);
		this.onChange.run();
	}

	synchronized EmulatedToken seed(UUID registryId, EmulatedToken token) {
		if (tokensOf(registryId).containsKey(token.id())) {
			throw new IllegalArgumentException("registry " + registryId + " already holds token " + token.id());
		}
		try {
			requireUniqueName(registryId, token.name());
		}
		catch (EmulatorException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
		tokensOf(registryId).put(token.id(), token);
		this.onChange.run();
		return token;
	}

	synchronized List<EmulatedToken> tokens(UUID registryId) {
		return List.copyOf(tokensOf(registryId).values());
	}

	synchronized void clear() {
		this.registries.clear();
		this.onChange.run();
	}

	/** Every registry's tokens, in creation order, for saving the state. */
	synchronized Map<UUID, List<EmulatedToken>> all() {
		Map<UUID, List<EmulatedToken>> all = new LinkedHashMap<>();
		this.registries.forEach((registryId, tokens) -> {
			if (!tokens.isEmpty()) {
				all.put(registryId, List.copyOf(tokens.values()));
			}
		});
		return all;
	}

	/** Replaces the state, without calling the change listener: for loading a saved state. */
	synchronized void load(Map<UUID, List<EmulatedToken>> saved) {
		this.registries.clear();
		saved.forEach((registryId, tokens) -> {
			LinkedHashMap<UUID, EmulatedToken> byId = new LinkedHashMap<>();
			tokens.forEach((token) -> byId.put(token.id(), token));
			this.registries.put(registryId, byId);
		});
	}

	private Map<UUID, EmulatedToken> tokensOf(UUID registryId) {
		Map<UUID, EmulatedToken> tokens = this.registries.computeIfAbsent(registryId, (id) -> new LinkedHashMap<>());
		OffsetDateTime now = now();
		if (tokens.values().removeIf((token) -> token.expiryDate() != null && !token.expiryDate().isAfter(now))) {
			this.onChange.run();
		}
		return tokens;
	}

	private void requireUniqueName(UUID registryId, String name) {
		for (EmulatedToken token : tokensOf(registryId).values()) {
			if (token.name().equals(name)) {
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
