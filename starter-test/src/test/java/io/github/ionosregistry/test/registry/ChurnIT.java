package io.github.ionosregistry.test.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.RotationPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fleet leaves in the user's registry as Kubernetes runs its pods: holder processes (JVMs of their own, as
 * pods) of an application with only the starter and production settings ({@code rotate-after 14d}, {@code
 * retire-after 1d}, the default lease), against the emulator, whose journal counts every API request it serves, and
 * its registry login. A crash loop in one pod makes one token; a rolling update that stops pods with {@code SIGTERM}
 * leaves none of theirs; pods killed with {@code SIGKILL} leave their current token, which ends within a lease; and a
 * check reads only the token it holds however many tokens the registry has.
 * <p>
 * It takes a minute or two and many JVMs, so it runs once in {@code .ci/run} ({@code mvn verify -Pfleet}).
 */
class ChurnIT {

	private static final String BASE_NAME = "pull";

	private static final String HOSTNAME = "registry-0b0e5f5a.cr.ionos.com";

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private TokensEmulator emulator;

	@BeforeEach
	void start() {
		this.emulator = TokensEmulator.builder().requestJournal(100_000).start();
	}

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void aCrashLoopInOnePodMakesOneTokenAndEveryStartHoldsAValidCredential() throws Exception {
		Path dockerConfig = this.directory.resolve("pod/config.json");
		List<Integer> logins = new ArrayList<>();
		for (int start = 1; start <= 5; start++) {
			ReplicaProcess replica = start("crash-" + start, dockerConfig, "1h");
			replica.awaitReady();
			logins.add(login(dockerConfig));
			replica.kill();
		}
		assertThat(logins).as("each start's login with its file").containsOnly(200);
		assertThat(creates()).as("tokens made by 5 starts").isEqualTo(1);
		assertThat(tokensOfTheBaseName()).hasSize(1);
		System.out.printf("churn: crash loop of 5 starts, %d token made, logins %s%n", creates(), logins);
	}

	@Test
	void aRollingUpdateThatStopsPodsWithSigtermLeavesNoneOfTheirTokens() throws Exception {
		List<ReplicaProcess> replicas = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			replicas.add(start("rolling-" + i, this.directory.resolve("rolling-" + i + "/config.json"), "1h"));
		}
		for (ReplicaProcess replica : replicas) {
			replica.awaitReady();
		}
		assertThat(tokensOfTheBaseName()).hasSize(6);
		for (ReplicaProcess replica : replicas) {
			assertThat(replica.stop()).as(replica.name() + "'s exit code after SIGTERM").isEqualTo(143);
		}
		assertThat(tokensOfTheBaseName()).as("tokens left by 6 pods stopped with SIGTERM").isEmpty();
		System.out.printf("churn: 6 pods stopped with SIGTERM, %d tokens left%n", tokensOfTheBaseName().size());
	}

	@Test
	void podsKilledWithSigkillLeaveTheirCurrentTokenWhichEndsWithinALease() throws Exception {
		List<ReplicaProcess> replicas = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			replicas.add(start("killed-" + i, this.directory.resolve("killed-" + i + "/config.json"), "1h"));
		}
		for (ReplicaProcess replica : replicas) {
			replica.awaitReady();
			replica.kill();
		}
		Instant killed = Instant.now();
		List<EmulatedToken> left = tokensOfTheBaseName();
		Map<String, Integer> byHolder = new TreeMap<>();
		left.forEach((token) -> byHolder.merge(token.name().split("-")[1], 1, Integer::sum));
		assertThat(byHolder).hasSize(3).allSatisfy((holder, tokens) -> assertThat(tokens).isLessThanOrEqualTo(2));
		assertThat(left).allSatisfy((token) -> assertThat(token.expiryDate().toInstant())
			.isBeforeOrEqualTo(killed.plus(RotationPolicy.DEFAULT_LEASE)));
		Duration longest = left.stream()
			.map((token) -> Duration.between(killed, token.expiryDate().toInstant()))
			.max(Duration::compareTo)
			.orElseThrow();
		System.out.printf("churn: 3 pods killed with SIGKILL, %d tokens left, the last ending %s after the kill%n",
				left.size(), longest);
	}

	@Test
	void aCheckReadsOnlyTheTokenItHoldsAmong2000TokensOfOtherApplications() throws Exception {
		for (int i = 0; i < 2000; i++) {
			this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID,
					EmulatedToken.named("other-app-" + i, EmulatedScope.repository("other/*", EmulatedScope.PULL)));
		}
		try (ReplicaProcess replica = start("steady", this.directory.resolve("steady/config.json"), "1s")) {
			replica.awaitReady();
			this.emulator.wireMock().resetRequests();
			// Checks every second: wait for ten of them, each of which reads the token it holds.
			while (readsById() < 10) {
				Thread.sleep(200);
			}
			List<ServeEvent> served = this.emulator.wireMock().getAllServeEvents();
			long checks = readsById();
			assertThat(served).as("requests that list the registry").noneMatch((event) -> event.getRequest()
				.getUrl()
				.matches("/registries/[^/]+/tokens(\\?.*)?"));
			assertThat(served.size()).as("requests in " + checks + " checks").isLessThanOrEqualTo((int) (3 * checks));
			System.out.printf("churn: with 2000 other tokens, %d requests in %d checks%n", served.size(), checks);
		}
	}

	private long readsById() {
		return this.emulator.wireMock()
			.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getMethod().value().equals("GET")
					&& event.getRequest().getUrl().matches("/registries/[^/]+/tokens/[^/?]+"))
			.count();
	}

	private long creates() {
		return this.emulator.wireMock()
			.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getMethod().value().equals("PUT"))
			.count();
	}

	private ReplicaProcess start(String name, Path dockerConfig, String checkInterval) throws Exception {
		String rotation = "--ionos.registry.rotation." + BASE_NAME + ".";
		return ReplicaProcess.start(name, this.directory.resolve("logs"),
				List.of("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
						"--logging.level.root=WARN", "--ionos.registry.api-url=" + this.emulator.apiUrl(),
						"--ionos.registry.token=" + this.emulator.credentials().token(),
						"--ionos.registry.registry-id=" + TokensEmulator.DEFAULT_REGISTRY_ID,
						"--ionos.registry.config-file=" + this.directory.resolve("no-ionos-config"),
						rotation + "rotate-after=14d", rotation + "retire-after=1d",
						rotation + "check-interval=" + checkInterval, rotation + "scopes=repository:app/*:pull",
						rotation + "docker-config=" + dockerConfig));
	}

	private List<EmulatedToken> tokensOfTheBaseName() {
		return this.emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)
			.stream()
			.filter((token) -> token.name().startsWith(BASE_NAME + "-"))
			.toList();
	}

	/** Logs in to the registry with what a Docker config holds for it, as a registry client does. */
	private int login(Path dockerConfig) throws Exception {
		JsonNode entry = JsonMapper.shared().readTree(Files.readString(dockerConfig)).path("auths").path(HOSTNAME);
		String basic = Base64.getEncoder().encodeToString((entry.path("username").asString() + ":"
				+ entry.path("password").asString()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.emulator.authRealm() + "?service=" + HOSTNAME
				+ "&scope=repository:app/web:pull"))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
