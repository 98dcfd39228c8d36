package io.github.ionosregistry.tokens.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SettingRules}: the edges of each rule, which the builder and the properties' validation share.
 */
class SettingRulesTests {

	@Test
	void aTimeoutMustBeLongerThanZero() {
		assertThat(SettingRules.isPositive(Duration.ofNanos(1))).isTrue();
		assertThat(SettingRules.isPositive(Duration.ZERO)).isFalse();
		assertThat(SettingRules.isPositive(Duration.ofSeconds(-1))).isFalse();
		assertThat(SettingRules.isPositive(null)).isFalse();
	}

	@Test
	void aGraceMayBeZero() {
		assertThat(SettingRules.isZeroOrMore(Duration.ZERO)).isTrue();
		assertThat(SettingRules.isZeroOrMore(Duration.ofNanos(-1))).isFalse();
		assertThat(SettingRules.isZeroOrMore(null)).isFalse();
	}

	@Test
	void aMaxResponseSizeIsFrom1KbTo256Mb() {
		assertThat(SettingRules.MAX_RESPONSE_SIZE_RANGE).isEqualTo("from 1KB to 256MB");
		assertThat(SettingRules.isMaxResponseSize(DataSize.ofBytes(1024))).isTrue();
		assertThat(SettingRules.isMaxResponseSize(DataSize.ofBytes(1023))).isFalse();
		assertThat(SettingRules.isMaxResponseSize(DataSize.ofMegabytes(256))).isTrue();
		assertThat(SettingRules.isMaxResponseSize(DataSize.ofBytes(DataSize.ofMegabytes(256).toBytes() + 1)))
			.isFalse();
		assertThat(SettingRules.isMaxResponseSize(null)).isFalse();
	}

	@Test
	void countsStartAtOne() {
		assertThat(SettingRules.isOneOrMore(1)).isTrue();
		assertThat(SettingRules.isOneOrMore(0)).isFalse();
		assertThat(SettingRules.isOneOrMore(-5)).isFalse();
	}

	@Test
	void aRetryMultiplierIsAFiniteNumberOfOneOrMore() {
		assertThat(SettingRules.isRetryMultiplier(1.0)).isTrue();
		assertThat(SettingRules.isRetryMultiplier(0.99)).isFalse();
		assertThat(SettingRules.isRetryMultiplier(Double.NaN)).isFalse();
		assertThat(SettingRules.isRetryMultiplier(Double.POSITIVE_INFINITY)).isFalse();
	}

	@Test
	void theLongestRetryDelayIsNotShorterThanTheFirst() {
		assertThat(SettingRules.isMaxDelayOf(Duration.ofSeconds(1), Duration.ofSeconds(1))).isTrue();
		assertThat(SettingRules.isMaxDelayOf(Duration.ofSeconds(2), Duration.ofSeconds(1))).isFalse();
	}

	@Test
	void aUserAgentIsNotBlank() {
		assertThat(SettingRules.isUserAgent("app/1")).isTrue();
		assertThat(SettingRules.isUserAgent(" \t")).isFalse();
		assertThat(SettingRules.isUserAgent(null)).isFalse();
	}

}
