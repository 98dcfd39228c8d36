package io.github.ionosregistry.tokens;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.MovableClock;
import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The emulator on a clock the test moves, with a client of it, for each test of the rotation: registered as a field
 * ({@code @RegisterExtension}), started before each test and stopped after it.
 */
final class EmulatorOnClock implements BeforeEachCallback, AfterEachCallback {

	static final UUID REGISTRY = TokensEmulator.DEFAULT_REGISTRY_ID;

	static final String HOSTNAME = "registry-0b0e5f5a.cr.ionos.com";

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T08:00:00Z"));

	private final int journal;

	TokensEmulator emulator;

	TokensApi api;

	RegistriesApi registries;

	EmulatorOnClock() {
		this(0);
	}

	/** With a journal of the requests the emulator served, that many at most. */
	EmulatorOnClock(int journal) {
		this.journal = journal;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		TokensEmulator.Builder builder = TokensEmulator.builder().clock(this.clock);
		this.emulator = ((this.journal > 0) ? builder.requestJournal(this.journal) : builder).start();
		this.api = EmulatorApis.tokens(this.emulator, EmulatorApis.jdk());
		this.registries = EmulatorApis.registries(this.emulator);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.api.close();
		this.registries.close();
		this.emulator.stop();
	}

	/** The registry's tokens through a client, on the test's clock. */
	RegistryTokens tokens(TokensApi api) {
		return RegistryTokens.of(api, this.registries, REGISTRY).withClock(this.clock);
	}

	RegistryTokens tokens() {
		return tokens(this.api);
	}

	/** The names of the tokens the registry holds. */
	List<String> names() {
		return this.emulator.tokens(REGISTRY).stream().map(EmulatedToken::name).toList();
	}

	EmulatedToken stored(String name) {
		return this.emulator.token(REGISTRY, name).orElseThrow();
	}

}
