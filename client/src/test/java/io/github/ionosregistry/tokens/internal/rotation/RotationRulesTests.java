package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.ionosregistry.tokens.RotationPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation's rules, each on its own: when a successor is due, a token's lifetime, the lease and its renewal, the
 * grace and the expiry date that enforces it.
 */
class RotationRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private static final RotationPolicy POLICY = new RotationPolicy(Duration.ofDays(14), Duration.ofDays(1), null,
			List.of());

	@Test
	void aSuccessorIsDueAtTheTokensAgeOrSoonerWhenItsEndLeavesLessThanTheGrace() {
		Instant created = NOW.minus(Duration.ofDays(3));
		assertThat(SuccessorDue.at(created, null, POLICY)).isEqualTo(created.plus(Duration.ofDays(14)));
		assertThat(SuccessorDue.at(created, NOW.plus(Duration.ofDays(2)), POLICY)).isEqualTo(NOW.plus(Duration.ofDays(1)));
		assertThat(SuccessorDue.isDue(created, null, NOW, POLICY)).isFalse();
		assertThat(SuccessorDue.isDue(created, null, created.plus(Duration.ofDays(14)), POLICY)).isTrue();
	}

	@Test
	void aRotationAskedForNowIsDueWhateverTheTokensDates() {
		RotationPolicy now = RotationPolicy.rotateAfter(Duration.ZERO);
		assertThat(SuccessorDue.isDue(NOW.plus(Duration.ofHours(1)), null, NOW, now)).isTrue();
	}

	@Test
	void aTokensLifetimeIsThePolicysElseTwiceRotateAfterPlusTheGraceElseTheGracePlus30Days() {
		assertThat(POLICY.tokenLifetime()).isEqualTo(Duration.ofDays(29));
		assertThat(POLICY.withLifetime(Duration.ofDays(40)).tokenLifetime()).isEqualTo(Duration.ofDays(40));
		assertThat(Lifetime.of(Duration.ZERO, Duration.ofHours(1), null)).isEqualTo(Duration.ofDays(30).plusHours(1));
		assertThat(Lifetime.of(Duration.ofSeconds(8), Duration.ofSeconds(4), null)).isEqualTo(ShortestExpiry.AHEAD);
	}

	@Test
	void aLifetimeMustBeLongerThanRotateAfterPlusTheGraceByACheckInterval() {
		assertThat(Lifetime.isLongEnough(Duration.ofDays(15), Duration.ofDays(14), Duration.ofDays(1), Duration.ZERO))
			.isFalse();
		assertThat(Lifetime.isLongEnough(Duration.ofDays(15).plusSeconds(1), Duration.ofDays(14), Duration.ofDays(1),
				Duration.ZERO)).isTrue();
		assertThat(Lifetime.isLongEnough(Duration.ofDays(15).plusMinutes(59), Duration.ofDays(14), Duration.ofDays(1),
				Duration.ofHours(1))).isFalse();
	}

	@Test
	void aFirstExpiryIsALeaseAheadAndNeverPastTheLifetime() {
		assertThat(Lease.firstExpiry(NOW, Duration.ofDays(29), Duration.ofHours(12))).isEqualTo(NOW.plus(Duration.ofHours(12)));
		assertThat(Lease.firstExpiry(NOW, ShortestExpiry.AHEAD, Duration.ofDays(2))).isEqualTo(NOW.plus(ShortestExpiry.AHEAD));
	}

	@Test
	void aLeaseIsRenewedOnceLessThanHalfIsLeftToALeaseAheadNeverPastTheLimitNorLessThanAnHourAhead() {
		Instant end = NOW.plus(Duration.ofDays(20));
		assertThat(Lease.renewal(NOW, NOW.plus(Duration.ofHours(7)), end, POLICY.lease())).isNull();
		assertThat(Lease.renewal(NOW, NOW.plus(Duration.ofHours(6)), end, POLICY.lease())).isEqualTo(NOW.plus(Duration.ofHours(12)));
		assertThat(Lease.renewal(NOW, NOW.plus(Duration.ofHours(6)), NOW.plus(Duration.ofHours(8)), POLICY.lease()))
			.isEqualTo(NOW.plus(Duration.ofHours(8)));
		assertThat(Lease.renewal(NOW, NOW.plus(Duration.ofMinutes(30)), NOW.plus(Duration.ofMinutes(50)), POLICY.lease()))
			.isNull();
		assertThat(Lease.renewal(NOW, null, end, POLICY.lease())).isNull();
	}

	@Test
	void aLeaseIsAtLeastTheServicesShortestExpiryAndFourCheckIntervals() {
		assertThat(Lease.isLongEnough(Duration.ofMinutes(61), Duration.ofMinutes(15))).isTrue();
		assertThat(Lease.isLongEnough(Duration.ofMinutes(60), Duration.ZERO)).isFalse();
		assertThat(Lease.isLongEnough(Duration.ofHours(12), Duration.ofHours(4))).isFalse();
	}

	@Test
	void aGraceStartsAtTheDeliveryAndItsExpiryIsAnHourAheadAtTheSoonestAndNeverMovedLater() {
		Instant deliveredAt = NOW.plus(Duration.ofMinutes(30));
		assertThat(Grace.endsAt(deliveredAt, POLICY)).isEqualTo(deliveredAt.plus(Duration.ofDays(1)));
		assertThat(Grace.enforcingExpiry(NOW.plus(Duration.ofMinutes(10)), null, NOW))
			.isEqualTo(NOW.plus(RotationPolicy.SHORTEST_EXPIRY));
		assertThat(Grace.enforcingExpiry(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), NOW))
			.isEqualTo(NOW.plus(Duration.ofDays(1)));
		assertThat(Grace.enforcingExpiry(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofHours(5)), NOW)).isNull();
		assertThat(Grace.hasEnded(NOW, NOW)).isTrue();
		assertThat(Grace.hasEnded(NOW.plusSeconds(1), NOW)).isFalse();
	}

}
