package io.github.ionosregistry.tokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.EmulatorFault;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos: 600 mixed operations against the emulator failing 15% of requests (503 before processing, the connection
 * dropped before processing, the answer lost after the change was made), seeded and so reproducible, rotations of two
 * base names among them. Afterwards the emulator's state is what the client was told: nothing lost, nothing
 * resurrected, nothing doubled, no base name left without a token; no read, replace, update, delete, safe create or
 * rotation failed; a create by POST failed only in the documented ways; and one more rotation leaves one token per
 * base name.
 */
@Timeout(120)
class TokensApiChaosFaultTests {

	/** Reproducible; try others with -Dchaos.seed=N. */
	private static final long SEED = Long.getLong("chaos.seed", 20261128L);

	private static final int OPERATIONS = 600;

	private static final double FAULT_RATE = 0.15;

	private static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	/** What the client was told: the tokens that exist, with their status, and the ones it deleted. */
	private final Map<UUID, String> toldNames = new LinkedHashMap<>();

	private final Map<UUID, TokenStatus> toldStatus = new LinkedHashMap<>();

	private final Set<UUID> toldDeleted = new HashSet<>();

	/** Creates by POST whose outcome the client could not know: they may or may not have made a token. */
	private final Set<String> unknownPostNames = new HashSet<>();

	private final Map<String, Integer> operations = new TreeMap<>();

	private final Map<String, Integer> failures = new TreeMap<>();

	private final List<String> wrongAnswers = new ArrayList<>();

	@Test
	void nothingLostResurrectedOrDoubledAndOnlyDocumentedCreateFailures() {
		Random random = new Random(SEED);
		try (TokensEmulator emulator = TokensEmulator.builder().faults(FAULT_RATE, SEED).requestJournal(100_000).start();
				TokensApi api = TokensApi.builder()
					.apiUrl(emulator.apiUrl())
					.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN))
					// Six repeats: at this fault rate a call whose seven attempts all fail is a one-in-600 000 event,
					// so a failure here is a wrong decision, not bad luck.
					.retry(RetrySettings.defaults().withMaxRetries(6).withInitialDelay(Duration.ofMillis(2)).withMaxDelay(Duration.ofMillis(10)))
					.build()) {
			RegistryTokens registry = api.registry(REGISTRY);
			for (String base : ROTATED) {
				told(registry.create(PostTokenProperties.named(base).withScopes(Scope.repository("*", Scope.PULL))), true);
			}
			List<String> everWithoutToken = new ArrayList<>();
			for (int i = 0; i < OPERATIONS; i++) {
				step(api, registry, random, i);
				for (String base : ROTATED) {
					if (emulator.tokens(REGISTRY).stream().noneMatch((token) -> isOf(base, token.name()))) {
						everWithoutToken.add(base + " after operation " + i);
					}
				}
			}
			List<String> withoutToken = ROTATED.stream()
				.filter((base) -> emulator.tokens(REGISTRY).stream().noneMatch((token) -> isOf(base, token.name())))
				.toList();
			int requests = emulator.wireMock().getAllServeEvents().size();
			Map<EmulatorFault, Integer> faults = emulator.injectedFaults();
			int faulted = faults.values().stream().mapToInt(Integer::intValue).sum();
			List<EmulatedToken> state = emulator.tokens(REGISTRY);
			Set<UUID> stateIds = state.stream().map(EmulatedToken::id).collect(Collectors.toSet());

			List<UUID> lost = this.toldNames.keySet().stream().filter((id) -> !stateIds.contains(id)).toList();
			List<UUID> resurrected = this.toldDeleted.stream().filter(stateIds::contains).toList();
			List<EmulatedToken> unexplained = state.stream()
				.filter((token) -> !this.toldNames.containsKey(token.id()))
				.filter((token) -> !this.unknownPostNames.contains(token.name()))
				.toList();
			long orphans = state.stream()
				.filter((token) -> !this.toldNames.containsKey(token.id()))
				.filter((token) -> this.unknownPostNames.contains(token.name()))
				.count();
			List<String> wrongStatus = state.stream()
				.filter((token) -> this.toldStatus.containsKey(token.id()))
				.filter((token) -> !this.toldStatus.get(token.id()).value().equals(token.status().value()))
				.map(EmulatedToken::name)
				.toList();
			long names = state.stream().map(EmulatedToken::name).distinct().count();

			System.out.printf("Chaos (seed %d): %d operations %s, %d requests, %d faulted (%.1f%%: %s); "
					+ "failures %s; %d tokens at the end, %d orphans of failed POSTs%n", SEED, OPERATIONS,
					this.operations, requests, faulted, 100.0 * faulted / requests, faults, this.failures,
					state.size(), orphans);

			assertThat((double) faulted / requests).as("share of requests faulted").isGreaterThanOrEqualTo(0.10);
			assertThat(faults).containsKeys(EmulatorFault.values());
			assertThat(lost).as("lost").isEmpty();
			assertThat(resurrected).as("resurrected").isEmpty();
			assertThat(unexplained).as("doubled or unexplained").isEmpty();
			assertThat(names).as("one token per name").isEqualTo(state.size());
			assertThat(wrongStatus).as("status other than told").isEmpty();
			assertThat(this.wrongAnswers).as("answers that contradict what the client was told").isEmpty();
			assertThat(withoutToken).as("base names left without a token").isEmpty();
			assertThat(everWithoutToken).as("base names without a token at any moment").isEmpty();
			assertThat(this.operations.get("rotate")).as("rotations").isGreaterThan(10);
			assertThat(oneTokenPerBaseNameAfterAnotherRotation(registry, emulator)).as("tokens per base name")
				.containsOnly(1L);
			assertThat(this.failures.keySet()).as("only creates by POST fail, and only in the documented ways")
				.allMatch((kind) -> kind.startsWith("POST: "));
			assertThat(this.failures.keySet()).isSubsetOf("POST: 503, not repeated", "POST: I/O error after sending, not repeated");
		}
	}

	private static final List<String> ROTATED = List.of("rot-a", "rot-b");

	private static boolean isOf(String base, String name) {
		return name.matches(base + "(-\\d{14})?");
	}

	/**
	 * After one more rotation without a grace, per base name: how many of its tokens are neither the successor nor
	 * on their way out (deleted, or expiring within the service's shortest expiry).
	 */
	private List<Long> oneTokenPerBaseNameAfterAnotherRotation(RegistryTokens registry, TokensEmulator emulator) {
		try {
			Thread.sleep(1_100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plus(RotationPolicy.SHORTEST_EXPIRY).plusMinutes(1);
		return ROTATED.stream().map((base) -> {
			TokenRotation rotation = registry.rotate(base, RotationPolicy.rotateAfter(Duration.ZERO)
				.withRetireAfter(Duration.ZERO));
			String successor = rotation.successor().properties().name();
			return emulator.tokens(REGISTRY).stream()
				.filter((token) -> isOf(base, token.name()))
				.filter((token) -> token.name().equals(successor) || token.expiryDate() == null
						|| token.expiryDate().isAfter(soon))
				.count();
		}).toList();
	}

	private void step(TokensApi api, RegistryTokens registry, Random random, int i) {
		int draw = random.nextInt(100);
		List<UUID> existing = this.toldNames.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().startsWith("rot-"))
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(ArrayList::new));
		UUID some = existing.isEmpty() ? null : existing.get(random.nextInt(existing.size()));
		if (draw < 15) {
			post(api, "post-" + i);
		}
		else if (draw < 30) {
			run("safe create", () -> told(api.createToken(REGISTRY, PostTokenProperties.named("safe-" + i)), true));
		}
		else if (draw < 35) {
			String base = ROTATED.get(draw % 2);
			run("rotate", () -> {
				TokenRotation rotation = registry.rotate(base, RotationPolicy.rotateAfter(Duration.ZERO)
					.withRetireAfter(Duration.ZERO));
				if (rotation.successor() != null) {
					told(rotation.successor(), true);
				}
				for (TokenResponse deleted : rotation.retired()) {
					this.toldNames.remove(deleted.id());
					this.toldStatus.remove(deleted.id());
					this.toldDeleted.add(deleted.id());
				}
				return null;
			});
		}
		else if (draw < 40) {
			UUID id = UUID.randomUUID();
			run("PUT", () -> told(api.registriesTokensPut(REGISTRY, id,
					PutTokenInput.of(PostTokenProperties.named("put-" + i))), false));
		}
		else if (some == null || draw >= 85) {
			run("list", () -> {
				Set<UUID> listed = api.listAll(REGISTRY).map(TokenResponse::id).collect(Collectors.toSet());
				if (!listed.containsAll(this.toldNames.keySet()) || listed.stream().anyMatch(this.toldDeleted::contains)) {
					this.wrongAnswers.add("list at operation " + i);
				}
				return null;
			});
		}
		else if (draw < 55) {
			TokenStatus next = (this.toldStatus.get(some) == TokenStatus.ENABLED) ? TokenStatus.DISABLED
					: TokenStatus.ENABLED;
			run("PATCH", () -> {
				TokenResponse patched = api.registriesTokensPatch(REGISTRY, some,
						(next == TokenStatus.ENABLED) ? PatchTokenInput.enable() : PatchTokenInput.disable());
				this.toldStatus.put(some, patched.properties().status());
				return null;
			});
		}
		else if (draw < 70) {
			run("DELETE", () -> {
				api.registriesTokensDelete(REGISTRY, some);
				this.toldNames.remove(some);
				this.toldStatus.remove(some);
				this.toldDeleted.add(some);
				return null;
			});
		}
		else {
			run("GET", () -> {
				TokenResponse token = api.registriesTokensFindById(REGISTRY, some);
				if (!token.properties().name().equals(this.toldNames.get(some))
						|| token.properties().status() != this.toldStatus.get(some)) {
					this.wrongAnswers.add("GET " + this.toldNames.get(some) + " at operation " + i);
				}
				return null;
			});
		}
	}

	private void post(TokensApi api, String name) {
		this.operations.merge("POST", 1, Integer::sum);
		try {
			PostTokenOutput created = api.registriesTokensPost(REGISTRY, PostTokenInput.of(PostTokenProperties.named(name)));
			if (!created.hasPassword()) {
				this.wrongAnswers.add("POST " + name + " without a password");
			}
			this.toldNames.put(created.id(), name);
			this.toldStatus.put(created.id(), created.properties().status());
		}
		catch (IonosApiException ex) {
			this.unknownPostNames.add(name);
			this.failures.merge("POST: " + ex.getStatusCode().value() + ", not repeated", 1, Integer::sum);
		}
		catch (IonosCommunicationException ex) {
			this.unknownPostNames.add(name);
			this.failures.merge("POST: I/O error after sending, not repeated", 1, Integer::sum);
		}
	}

	private Void told(PutTokenOutput token, boolean passwordExpected) {
		if (passwordExpected && !token.hasPassword()) {
			this.wrongAnswers.add("safe create of " + token.properties().name() + " without a password");
		}
		this.toldNames.put(token.id(), token.properties().name());
		this.toldStatus.put(token.id(), token.properties().status());
		return null;
	}

	private void run(String operation, Supplier<Void> call) {
		this.operations.merge(operation, 1, Integer::sum);
		try {
			call.get();
		}
		catch (IonosRegistryException ex) {
			this.failures.merge(operation + ": " + ex.getMessage(), 1, Integer::sum);
		}
	}

}
