package io.github.ionosregistry.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A holder started again where one stopped without releasing (a container restarted in its pod, its directory kept)
 * takes back the credential its destination holds instead of making one, with the holder's id; never one of a holder
 * that lives. A restart is simulated by a copy of the directory: the claims in it are held by no process, as after
 * the process that held them died.
 */
class CredentialHolderResumeTests {

	@RegisterExtension
	final EmulatorOnClock registry = new EmulatorOnClock();

	private static final RotationPolicy POLICY = RotationPolicy.rotateAfter(Duration.ofDays(10))
		.withRetireAfter(Duration.ofHours(2))
		.withScopes(Scope.repository("app/*", Scope.PULL));

	@TempDir
	Path directory;

	private CredentialHolder holder(CredentialDelivery delivery) {
		return RegistryTokens.of(this.registry.api, this.registry.registries, EmulatorOnClock.REGISTRY)
			.withClock(this.registry.clock)
			.holder("ci-pull", POLICY, delivery);
	}

	private CredentialHolder holder(Path dockerConfig) {
		return holder(CredentialDelivery.dockerConfig(dockerConfig));
	}

	/** The directory as the process that held it left it: its files, no lock on them. */
	private Path restartedIn(Path dockerConfig, String name) throws Exception {
		Path copy = Files.createDirectories(this.directory.resolve(name));
		try (Stream<Path> files = Files.list(dockerConfig.getParent())) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		return copy.resolve(dockerConfig.getFileName());
	}

	private int login(Path dockerConfig) throws Exception {
		return RegistryLoginProbe.login(this.registry.emulator, dockerConfig, EmulatorOnClock.HOSTNAME);
	}

	@Test
	void aHolderStartedAgainWithItsDockerConfigTakesBackItsCredentialAndMakesNone() throws Exception {
		Path dockerConfig = this.directory.resolve("pod/config.json");
		CredentialHolder first = holder(dockerConfig);
		String token = first.check().successor().properties().name();
		this.registry.clock.advance(Duration.ofMinutes(3));

		Path restarted = restartedIn(dockerConfig, "pod-restarted");
		CredentialHolder again = holder(restarted);
		TokenRotation check = again.check();
		assertThat(check.rotated()).isFalse();
		assertThat(this.registry.names()).containsExactly(token);
		assertThat(again.holderId()).isEqualTo(first.holderId());
		assertThat(again.current().orElseThrow().credentials().username()).isEqualTo(token);
		assertThat(login(restarted)).isEqualTo(200);

		// It carries on as the holder it took over from: due at the token's age, not its own start.
		for (int hour = 0; hour < 240; hour++) {
			this.registry.clock.advance(Duration.ofHours(1));
			again.check();
		}
		assertThat(again.current().orElseThrow().credentials().username()).isNotEqualTo(token)
			.startsWith("ci-pull-" + first.holderId() + "-");
		assertThat(login(restarted)).isEqualTo(200);
	}

	@Test
	void aSuccessorWrittenIntoTheFileButNotFullyDeliveredBeforeTheStopIsTakenBackAndItsPredecessorGetsItsGrace()
			throws Exception {
		Path dockerConfig = this.directory.resolve("pod/config.json");
		AtomicBoolean listenerFails = new AtomicBoolean();
		CredentialHolder first = holder(CredentialDelivery.dockerConfig(dockerConfig).andThen((credentials, rotation) -> {
			if (listenerFails.get()) {
				throw new IllegalStateException("the listener after the file failed");
			}
		}));
		String token = first.check().successor().properties().name();
		for (int hour = 0; hour < 239; hour++) {
			this.registry.clock.advance(Duration.ofHours(1));
			first.check();
		}
		listenerFails.set(true);
		this.registry.clock.advance(Duration.ofHours(1));
		assertThatIllegalStateException().isThrownBy(first::check);
		assertThat(this.registry.names()).hasSize(2);
		String written = first.current().orElseThrow().credentials().username();
		assertThat(written).as("the holder still holds its predecessor").isEqualTo(token);

		Path restarted = restartedIn(dockerConfig, "pod-restarted");
		CredentialHolder again = holder(restarted);
		TokenRotation check = again.check();
		assertThat(check.rotated()).isFalse();
		String successor = again.current().orElseThrow().credentials().username();
		assertThat(successor).isNotEqualTo(token);
		assertThat(check.superseded()).singleElement()
			.satisfies((kept) -> assertThat(kept.token().properties().name()).isEqualTo(token));
		assertThat(this.registry.names()).containsExactlyInAnyOrder(token, successor);
		assertThat(login(restarted)).isEqualTo(200);
	}

	@Test
	void aSharedDockerConfigHoldingTheCredentialOfAHolderThatLivesIsNeverTakenOver() throws Exception {
		Path shared = this.directory.resolve("shared/config.json");
		CredentialHolder one = holder(shared);
		CredentialHolder other = holder(shared);
		one.check();
		String others = other.check().successor().properties().name();
		CredentialHolder started = holder(shared);
		TokenRotation check = started.check();
		assertThat(check.rotated()).isTrue();
		assertThat(started.holderId()).isNotIn(one.holderId(), other.holderId());
		assertThat(this.registry.names()).hasSize(3).contains(others);
		assertThat(login(shared)).isEqualTo(200);
	}

	@Test
	void theClaimsOfHoldersGoneWhoseCredentialsNobodyReadsAreCleanedUpByTheOneThatTakesOver() throws Exception {
		Path shared = this.directory.resolve("shared/config.json");
		CredentialHolder one = holder(shared);
		CredentialHolder other = holder(shared);
		String ones = one.check().successor().properties().name();
		String others = other.check().successor().properties().name();

		Path restarted = restartedIn(shared, "shared-restarted");
		CredentialHolder started = holder(restarted);
		assertThat(started.check().rotated()).isFalse();
		// It took over the holder whose credential the file holds; the other's claim was abandoned.
		assertThat(started.holderId()).isEqualTo(other.holderId());
		assertThat(this.registry.names()).containsExactly(others).doesNotContain(ones);
		try (Stream<Path> claims = Files.list(restarted.getParent())) {
			assertThat(claims.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".holder")))
				.containsExactly(".config.json.ci-pull-" + other.holderId() + ".holder");
		}
	}

	@Test
	void aHolderWithoutAResumableDestinationStartsAGenerationOfItsOwn() {
		CredentialHolder first = holder((credentials, rotation) -> {
		});
		first.check();
		CredentialHolder again = holder((credentials, rotation) -> {
		});
		assertThat(again.check().rotated()).isTrue();
		assertThat(again.holderId()).isNotEqualTo(first.holderId());
		assertThat(this.registry.names()).hasSize(2);
	}

}
