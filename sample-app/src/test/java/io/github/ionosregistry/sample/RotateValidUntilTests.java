package io.github.ionosregistry.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ionosregistry.emulator.EmulatedRegistry;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.MovableClock;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code rotate} prints is true: the superseded token works until the moment printed and no longer, as the
 * registry login sees it with the service's clock moved there; a later rotation with a shorter grace does not move it.
 */
class RotateValidUntilTests {

	private static final Pattern VALID_UNTIL = Pattern
		.compile("Superseded ci-push \\(id [0-9a-f-]+\\) stays valid until (\\S+), its expiry date");

	/** The hostname of the registry whose logins the emulator answers. */
	private static final String HOSTNAME = "127.0.0.1:5000";

	private final MovableClock clock = new MovableClock();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSupersededTokenIsAcceptedUntilTheMomentPrintedAndRefusedFromThen() throws Exception {
		try (TokensEmulator emulator = TokensEmulator.builder()
			.clock(this.clock)
			.registry(EmulatedRegistry.named(TokensEmulator.DEFAULT_REGISTRY_ID, "acme").withHostname(HOSTNAME))
			.start()) {
			emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, new EmulatedToken(UUID.randomUUID(), "ci-push",
					EmulatedStatus.ENABLED, null, List.of(EmulatedScope.repository("app/*", EmulatedScope.PULL)), "seed",
					OffsetDateTime.now(this.clock).minusDays(1), null, null), "old-password");
			TokensApiBuilder builder = TokensApi.builder()
				.apiUrl(emulator.apiUrl())
				.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN));
			try (TokensApi tokensApi = builder.build(); RegistriesApi registriesApi = builder.buildRegistriesApi()) {
				TokenCli cli = new TokenCli(RegistryTokens.of(tokensApi, registriesApi, TokensEmulator.DEFAULT_REGISTRY_ID)
					.withClock(this.clock), this.clock, true);
				assertThat(login(emulator, "ci-push", "old-password")).as("before any rotation").isEqualTo(200);
				Instant validUntil = validUntil(run(cli, "rotate", "ci-push", "--grace", "2h"));
				assertThat(login(emulator, "ci-push", "old-password")).as("right after the rotation").isEqualTo(200);
				assertThat(validUntil).isEqualTo(this.clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));

				this.clock.advance(Duration.ofSeconds(1));
				String shorter = run(cli, "rotate", "ci-push", "--grace", "10m");
				assertThat(shorter).contains("Superseded ci-push (id ").contains(validUntil.toString());

				this.clock.set(validUntil.minusSeconds(1));
				assertThat(login(emulator, "ci-push", "old-password")).isEqualTo(200);
				this.clock.set(validUntil);
				assertThat(login(emulator, "ci-push", "old-password")).isEqualTo(401);
			}
		}
	}

	private static String run(TokenCli cli, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = cli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args);
		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Instant validUntil(String output) {
		Matcher matcher = VALID_UNTIL.matcher(output);
		assertThat(matcher.find()).as(output).isTrue();
		return Instant.parse(matcher.group(1));
	}

	private int login(TokensEmulator emulator, String username, String password) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.authRealm()
				+ "?service=" + HOSTNAME + "&scope=repository:app/web:pull"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
