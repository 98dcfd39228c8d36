package io.github.ionosregistry.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.tokens.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A holder that stops ({@link CredentialHolder#release()}): it deletes every token it made when nobody else can read
 * its credential, keeps the one its destination holds while other holders that live deliver there too (or when it
 * cannot know who reads it), always deletes the tokens nobody holds a password of, and ends within its calls'
 * time-outs when the API hangs.
 */
class CredentialHolderReleaseTests {

	@RegisterExtension
	final EmulatorOnClock registry = new EmulatorOnClock();

	private static final Scope PULL = Scope.repository("app/*", Scope.PULL);

	private static final RotationPolicy POLICY = RotationPolicy.rotateAfter(Duration.ofDays(10))
		.withRetireAfter(Duration.ofHours(2))
		.withScopes(PULL);

	@TempDir
	Path directory;

	private CredentialHolder holder(TokensApi api, CredentialDelivery delivery) {
		return RegistryTokens.of(api, this.registry.registries, EmulatorOnClock.REGISTRY)
			.withClock(this.registry.clock)
			.holder("ci-pull", POLICY, delivery);
	}

	private Stream<Path> claims(Path dockerConfig) throws Exception {
		return Files.list(dockerConfig.getParent())
			.filter((file) -> file.getFileName().toString().startsWith(".config.json.ci-pull-")
					&& file.getFileName().toString().endsWith(".holder"));
	}

	/** A holder through a rotation: its current token and its predecessor in its grace. */
	private void rotateOnce(CredentialHolder holder) {
		holder.check();
		for (int hour = 0; hour < 240; hour++) {
			this.registry.clock.advance(Duration.ofHours(1));
			holder.check();
		}
		assertThat(this.registry.names()).hasSize(2);
	}

	@Test
	void aHolderWithADockerConfigOfItsOwnDeletesEveryTokenItMadeAndItsClaim() throws Exception {
		Path dockerConfig = this.directory.resolve("pod/config.json");
		CredentialHolder holder = holder(this.registry.api, CredentialDelivery.dockerConfig(dockerConfig));
		rotateOnce(holder);
		assertThat(claims(dockerConfig)).hasSize(1);
		holder.release();
		assertThat(this.registry.names()).isEmpty();
		assertThat(claims(dockerConfig)).isEmpty();
		assertThatIllegalStateException().isThrownBy(holder::check).withMessageContaining("was released");
	}

	@Test
	void aHolderWhoseDockerConfigOtherHoldersThatLiveShareKeepsTheCredentialItHoldsUntilItsLeaseEnds()
			throws Exception {
		Path dockerConfig = this.directory.resolve("shared/config.json");
		CredentialHolder other = holder(this.registry.api, CredentialDelivery.dockerConfig(dockerConfig));
		other.check();
		CredentialHolder holder = holder(this.registry.api, CredentialDelivery.dockerConfig(dockerConfig));
		String held = holder.check().successor().properties().name();
		holder.release();
		// The file holds this holder's credential, which the other holder's consumers read too.
		assertThat(this.registry.names()).contains(held).hasSize(2);
		assertThat(this.registry.emulator.token(EmulatorOnClock.REGISTRY, held).orElseThrow().expiryDate().toInstant())
			.isEqualTo(this.registry.clock.instant().plus(RotationPolicy.DEFAULT_LEASE));
		// Its claim stays, for a holder started in its place to take the credential back.
		assertThat(claims(dockerConfig)).hasSize(2);
		other.release();
		assertThat(this.registry.names()).containsExactly(held);
	}

	@Test
	void aHolderThatCannotKnowWhoReadsItsCredentialKeepsItAndDeletesOnlyWhatNobodyHolds() {
		CredentialHolder holder = holder(this.registry.api, (credentials, rotation) -> {
		});
		rotateOnce(holder);
		String current = holder.current().orElseThrow().credentials().username();
		holder.release();
		assertThat(this.registry.names()).hasSize(2).contains(current);
	}

	@Test
	void aHolderThatDeliversNowhereDeletesEverything() {
		CredentialHolder holder = holder(this.registry.api, CredentialDelivery.NONE);
		rotateOnce(holder);
		holder.release();
		assertThat(this.registry.names()).isEmpty();
	}

	@Test
	void aReleaseThatMeetsAHangingApiEndsWithinItsCallsTimeOutsAndLeavesTheTokensToTheirLease() {
		TokensApi impatient = TokensApi.builder()
			.apiUrl(this.registry.emulator.apiUrl())
			.credentials(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN))
			.attemptTimeout(Duration.ofMillis(500))
			.callTimeout(Duration.ofSeconds(1))
			.build();
		try (impatient) {
			CredentialHolder holder = holder(impatient, CredentialDelivery.NONE);
			rotateOnce(holder);
			this.registry.emulator.wireMock().stubFor(WireMock.delete(WireMock.urlPathMatching("/registries/.*/tokens/.*"))
				.atPriority(1)
				.willReturn(WireMock.aResponse().withStatus(204).withFixedDelay(60_000)));
			long started = System.nanoTime();
			holder.release();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			// Two deletes, each ended by its call time-out of a second; room for a loaded machine.
			assertThat(took).isLessThan(Duration.ofSeconds(10));
			assertThat(this.registry.names()).hasSize(2);
			assertThat(this.registry.emulator.tokens(EmulatorOnClock.REGISTRY))
				.allSatisfy((token) -> assertThat(token.expiryDate().toInstant())
					.isBeforeOrEqualTo(this.registry.clock.instant().plus(RotationPolicy.DEFAULT_LEASE)));
		}
	}

	@Test
	void aTokenMadeButNotDeliveredIsDeletedAtTheRelease() {
		AtomicBoolean refuse = new AtomicBoolean(true);
		CredentialHolder holder = holder(this.registry.api, (credentials, rotation) -> {
			if (refuse.get()) {
				throw new IllegalStateException("the secret store is down");
			}
		});
		assertThatIllegalStateException().isThrownBy(holder::check);
		assertThat(this.registry.names()).hasSize(1);
		holder.release();
		assertThat(this.registry.names()).isEmpty();
	}

}
