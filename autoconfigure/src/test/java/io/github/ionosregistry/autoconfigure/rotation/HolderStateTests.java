package io.github.ionosregistry.autoconfigure.rotation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.HeldCredential;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a base name's rotation puts consumers at risk, which turns its health DOWN: only while its checks fail, and
 * only once its credential is missing or expires within the grace its consumers need.
 */
class HolderStateTests {

	private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	private static final Duration GRACE = Duration.ofDays(1);

	private static HeldCredential expiringIn(Duration left) {
		return new HeldCredential(new DockerCredentials("registry.example", "ci-pull-abc123-20261206120000", "secret"),
				UUID.randomUUID(), NOW.minus(Duration.ofDays(20)), NOW.plus(left), NOW.minus(Duration.ofDays(6)));
	}

	@Test
	void checksThatSucceedAreNeverAtRisk() {
		HolderState state = HolderState.notYetChecked("abc123").checked("abc123", NOW, false, expiringIn(Duration.ofHours(1)));
		assertThat(state.atRisk(NOW, GRACE)).isFalse();
	}

	@Test
	void failingChecksPutConsumersAtRiskOnceTheCredentialExpiresWithinTheGrace() {
		HolderState failing = HolderState.notYetChecked("abc123").failed("abc123", NOW, "503", expiringIn(Duration.ofDays(2)));
		assertThat(failing.atRisk(NOW, GRACE)).isFalse();
		assertThat(failing.atRisk(NOW.plus(Duration.ofDays(1)), GRACE)).isTrue();
		assertThat(failing.failingSince()).isEqualTo(NOW);
		assertThat(failing.failed("abc123", NOW.plusSeconds(60), "503", null).failingSince()).isEqualTo(NOW);
	}

	@Test
	void failingWithoutACredentialIsAtRiskAtOnce() {
		assertThat(HolderState.notYetChecked("abc123").failed("abc123", NOW, "503", null).atRisk(NOW, GRACE)).isTrue();
		assertThat(HolderState.notYetChecked("abc123").atRisk(NOW, GRACE)).isFalse();
	}

	@Test
	void aSuccessfulCheckEndsTheFailure() {
		HolderState recovered = HolderState.notYetChecked("abc123")
			.failed("abc123", NOW, "503", null)
			.checked("abc123", NOW.plusSeconds(60), true, expiringIn(Duration.ofDays(30)));
		assertThat(recovered.failure()).isNull();
		assertThat(recovered.failingSince()).isNull();
		assertThat(recovered.lastRotation()).isEqualTo(NOW.plusSeconds(60));
	}

}
