package io.github.ionosregistry.test.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.tokens.RotationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet: replicas of an application with only the starter, each a JVM of its own as pods are, with fast scheduled
 * rotation ({@value #ROTATE_AFTER} rotate-after, {@value #RETIRE_AFTER} retire-after, {@value #CHECK_INTERVAL} check);
 * every {@value #SAMPLE_MILLIS} ms, each replica's current Docker config is tried against the registry login
 * (the emulator's token server, which a real registry trusts), for {@value #RUN_SECONDS} s, through a replica killed
 * with {@code SIGKILL} and a new one started with an empty directory. No login is ever refused and no ready replica
 * is ever without a credential; the live tokens stay within the bound the docs state; the killed replica's tokens are
 * gone once the service's clock passes their expiry dates. The same with 10 % of the API's calls failing, and with
 * one Docker config file shared by every replica, where a replica is then stopped with {@code SIGTERM} and another
 * killed, the logins sampled for {@value #AFTER_A_STOP_SECONDS} s after each.
 * <p>
 * It takes minutes and several JVMs, so it runs once in {@code .ci/run} ({@code mvn verify -Pfleet}), not in every
 * suite.
 */
class FleetRotationIT {

	private static final String ROTATE_AFTER = "8s";

	private static final String RETIRE_AFTER = "4s";

	private static final String CHECK_INTERVAL = "1s";

	/** The shortest lease the service allows, so that every token is gone once the clock is moved past it. */
	private static final String LEASE = "61m";

	private static final long SAMPLE_MILLIS = 250;

	private static final int RUN_SECONDS = 60;

	private static final int REPLICAS = 3;

	/** How long the logins are sampled after a replica of the shared file is stopped, and after one is killed. */
	private static final int AFTER_A_STOP_SECONDS = 20;

	private static final String BASE_NAME = "pull";

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyReplicaHoldsAValidCredentialThroughRotationsAKillAndARestart() throws Exception {
		Fleet fleet = run(0, false);
		assertThat(fleet.skopeoPulls).as("pulls by skopeo through the real registry with a replica's file")
			.hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((pull) -> assertThat(pull.succeeded()).as(pull.output()).isTrue());
	}

	@Test
	void withTenPercentOfTheApisCallsFailingNoLoginIsRefused() throws Exception {
		run(0.10, false);
	}

	@Test
	void aDockerConfigSharedByEveryReplicaAlwaysHoldsAValidCredential() throws Exception {
		run(0, true);
	}

	/** What a run saw. */
	private static final class Fleet {

		final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();

		final List<String> refused = new CopyOnWriteArrayList<>();

		final List<String> withoutCredential = new CopyOnWriteArrayList<>();

		final List<Skopeo.Result> skopeoPulls = new CopyOnWriteArrayList<>();

	}

	private Fleet run(double faultRate, boolean sharedFile) throws Exception {
		AdjustableClock clock = new AdjustableClock();
		Fleet fleet = new Fleet();
		try (LocalRegistry local = LocalRegistry.start(this.directory, clock, faultRate)) {
			local.push("app/web:1");
			Map<String, Path> files = new LinkedHashMap<>();
			List<ReplicaProcess> replicas = new ArrayList<>();
			try {
				for (int i = 1; i <= REPLICAS; i++) {
					String name = "replica-" + i;
					Path file = sharedFile ? this.directory.resolve("shared/config.json")
							: this.directory.resolve(name + "/config.json");
					replicas.add(ReplicaProcess.start(name, this.directory.resolve("logs"), arguments(local, file)));
					files.put(name, file);
				}
				for (ReplicaProcess replica : replicas) {
					replica.awaitReady();
				}
				Map<String, Path> ready = new ConcurrentHashMap<>(files);
				AtomicBoolean sampling = new AtomicBoolean(true);
				Thread sampler = new Thread(() -> sample(local, ready, fleet, sampling), "sampler");
				sampler.start();
				long started = System.nanoTime();
				Thread.sleep(Duration.ofSeconds(RUN_SECONDS / 2).toMillis());

				ReplicaProcess killed = replicas.get(1);
				ready.remove(killed.name());
				killed.kill();
				String killedHolder = holderIdIn(killed.log());
				Path newFile = sharedFile ? files.get("replica-1") : this.directory.resolve("replica-4/config.json");
				if (!sharedFile) {
					assertThat(newFile.getParent()).as("the new replica's directory").doesNotExist();
				}
				ReplicaProcess restarted = ReplicaProcess.start("replica-4", this.directory.resolve("logs"),
						arguments(local, newFile));
				replicas.add(restarted);
				restarted.awaitReady();
				// Valid from its first check on: it is ready only once that check delivered its credential.
				assertThat(login(local, newFile)).as("replica-4's credential right after it is ready").isEqualTo(200);
				ready.put("replica-4", newFile);

				Path skopeoFile = this.directory.resolve("skopeo/config.json");
				while (System.nanoTime() - started < Duration.ofSeconds(RUN_SECONDS).toNanos()) {
					if (!sharedFile && faultRate == 0) {
						Files.createDirectories(skopeoFile.getParent());
						Files.copy(files.get("replica-1"), skopeoFile, StandardCopyOption.REPLACE_EXISTING);
						fleet.skopeoPulls.add(new Skopeo(skopeoFile, Files.createDirectories(this.directory.resolve(
								"skopeo/pulls"))).pull(local.hostname(), "app/web:1"));
					}
					Thread.sleep(5_000);
				}
				if (sharedFile) {
					// With one file for all: a replica stopped as a rolling update stops it, then one killed.
					ReplicaProcess stopped = replicas.get(2);
					ready.remove(stopped.name());
					assertThat(stopped.stop()).as("exit code after SIGTERM").isEqualTo(143);
					Thread.sleep(Duration.ofSeconds(AFTER_A_STOP_SECONDS).toMillis());
					ReplicaProcess alsoKilled = replicas.get(0);
					ready.remove(alsoKilled.name());
					alsoKilled.kill();
					Thread.sleep(Duration.ofSeconds(AFTER_A_STOP_SECONDS).toMillis());
				}
				sampling.set(false);
				sampler.join();

				assertThat(fleet.refused).as("logins refused").isEmpty();
				assertThat(fleet.withoutCredential).as("samples of a ready replica without a credential").isEmpty();
				int samples = fleet.accepted.values().stream().mapToInt(AtomicInteger::get).sum();
				assertThat(samples).as("logins accepted").isGreaterThan(RUN_SECONDS * 1000 / (int) SAMPLE_MILLIS);
				for (ReplicaProcess replica : replicas) {
					if (replica != killed) {
						replica.close();
					}
				}

				List<EmulatedToken> live = tokensOfTheBaseName(local);
				// Two per holder that ran (its current token and one in its grace), and one more per killed holder
				// (a token it made but did not get to deliver).
				int holders = REPLICAS + 1;
				assertThat(live).as("live tokens of " + BASE_NAME).hasSizeLessThanOrEqualTo(2 * holders + 1);
				assertThat(live).extracting(EmulatedToken::expiryDate).doesNotContainNull();
				if (!sharedFile) {
					// Its own file was not taken over by anyone: its tokens wait for their expiry dates.
					assertThat(live).as("tokens of the killed replica").anyMatch((token) -> token.name()
						.startsWith(BASE_NAME + "-" + killedHolder + "-"));
				}

				clock.advance(RotationPolicy.SHORTEST_EXPIRY.plusMinutes(1));
				assertThat(tokensOfTheBaseName(local)).as("tokens left once every expiry date passed").isEmpty();
				System.out.printf("fleet (fault rate %.2f, %s): %d logins accepted %s, 0 refused, %d live tokens at the "
						+ "end, %d skopeo pulls%n", faultRate, sharedFile ? "one shared file" : "a file per replica",
						samples, fleet.accepted, live.size(), fleet.skopeoPulls.size());
				return fleet;
			}
			finally {
				for (ReplicaProcess replica : replicas) {
					replica.close();
				}
			}
		}
	}

	private List<String> arguments(LocalRegistry local, Path dockerConfig) {
		String rotation = "--ionos.registry.rotation." + BASE_NAME + ".";
		return List.of("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--ionos.registry.api-url=" + local.emulator.apiUrl(),
				"--ionos.registry.token=" + local.emulator.credentials().token(),
				"--ionos.registry.registry-id=" + LocalRegistry.REGISTRY_ID,
				"--ionos.registry.config-file=" + this.directory.resolve("no-ionos-config"),
				rotation + "rotate-after=" + ROTATE_AFTER, rotation + "retire-after=" + RETIRE_AFTER,
				rotation + "check-interval=" + CHECK_INTERVAL, rotation + "lease=" + LEASE,
				rotation + "scopes=repository:app/*:pull",
				rotation + "docker-config=" + dockerConfig);
	}

	private void sample(LocalRegistry local, Map<String, Path> ready, Fleet fleet, AtomicBoolean sampling) {
		while (sampling.get()) {
			ready.forEach((replica, file) -> {
				try {
					int status = login(local, file);
					if (status == 200) {
						fleet.accepted.computeIfAbsent(replica, (name) -> new AtomicInteger()).incrementAndGet();
					}
					else if (status == 0) {
						fleet.withoutCredential.add(replica);
					}
					else {
						fleet.refused.add(replica + ": " + status);
					}
				}
				catch (Exception ex) {
					fleet.refused.add(replica + ": " + ex);
				}
			});
			try {
				Thread.sleep(SAMPLE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Logs in to the registry with the credentials a Docker config file holds for it, as a registry client does.
	 * @return the token server's status, or 0 if the file holds no credentials for the registry
	 */
	private int login(LocalRegistry local, Path dockerConfig) throws Exception {
		JsonNode config;
		try {
			config = JsonMapper.shared().readTree(Files.readString(dockerConfig));
		}
		catch (NoSuchFileException ex) {
			return 0;
		}
		JsonNode entry = config.path("auths").path(local.hostname());
		if (entry.isMissingNode()) {
			return 0;
		}
		String basic = Base64.getEncoder().encodeToString((entry.path("username").asString() + ":"
				+ entry.path("password").asString()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(local.emulator.authRealm() + "?service="
				+ local.hostname() + "&scope=repository:app/web:pull"))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The holder id in a replica's log: the middle of the names of the tokens it got. */
	private static String holderIdIn(String log) {
		return log.lines()
			.filter((line) -> line.startsWith("TOKEN " + BASE_NAME + "-"))
			.map((line) -> line.substring(("TOKEN " + BASE_NAME + "-").length()).split("-")[0])
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the replica got no token:\n" + log));
	}

	private static List<EmulatedToken> tokensOfTheBaseName(LocalRegistry local) {
		return local.emulator.tokens(LocalRegistry.REGISTRY_ID)
			.stream()
			.filter((token) -> token.name().startsWith(BASE_NAME + "-"))
			.toList();
	}

}
