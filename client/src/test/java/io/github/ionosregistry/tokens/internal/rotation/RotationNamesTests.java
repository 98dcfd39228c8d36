package io.github.ionosregistry.tokens.internal.rotation;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The names a rotation gives its tokens, and which tokens belong to a base name.
 */
class RotationNamesTests {

	private static final Instant AT = Instant.parse("2026-12-07T08:30:15.700Z");

	@Test
	void aSharedTokenIsStampedInUtcToTheSecondAndAHoldersCarriesItsId() {
		assertThat(RotationNames.shared("ci-push", AT)).isEqualTo("ci-push-20261207083015");
		assertThat(RotationNames.ofHolder("ci-pull", "ab12cd", AT)).isEqualTo("ci-pull-ab12cd-20261207083015");
	}

	@Test
	void theTokensOfABaseNameAreItselfItsStampedOnesAndItsHolders() {
		assertThat(RotationNames.isShared("ci-push", "ci-push")).isTrue();
		assertThat(RotationNames.isShared("ci-push-20261207083015", "ci-push")).isTrue();
		assertThat(RotationNames.isShared("ci-push-ab12cd-20261207083015", "ci-push")).isFalse();
		assertThat(RotationNames.isOfBaseName("ci-push-ab12cd-20261207083015", "ci-push")).isTrue();
		assertThat(RotationNames.isOfBaseName("ci-push-ab12cd", "ci-push")).isFalse();
		assertThat(RotationNames.isOfBaseName("ci-pusher-20261207083015", "ci-push")).isFalse();
		assertThat(RotationNames.isOfBaseName("ci-push-2026120708301", "ci-push")).isFalse();
		assertThat(RotationNames.isOfBaseName(null, "ci-push")).isFalse();
	}

	@Test
	void theHolderIdIsReadFromAHoldersTokenOnly() {
		assertThat(RotationNames.holderIdOf("ci-pull-ab12cd-20261207083015", "ci-pull")).contains("ab12cd");
		assertThat(RotationNames.holderIdOf("ci-pull-20261207083015", "ci-pull")).isEmpty();
		assertThat(RotationNames.holderIdOf("ci-pull-ab12cd-20261207083015", "ci")).isEmpty();
		assertThat(RotationNames.newHolderId()).matches("[a-z0-9]{6}");
	}

	@Test
	void theBaseNameOfATokenIsItsNameWithoutWhatTheRotationAdded() {
		assertThat(RotationNames.baseNameOf("ci-push-20261207083015")).isEqualTo("ci-push");
		assertThat(RotationNames.baseNameOf("ci-pull-ab12cd-20261207083015")).isEqualTo("ci-pull");
		assertThat(RotationNames.baseNameOf("ci-main")).isEqualTo("ci-main");
	}

	@Test
	void aBaseNameLeavesRoomForAHolderIdAndAStampInTheServicesSixtyThreeCharacters() {
		String longest = "a".repeat(RotationNames.MAX_BASE_NAME_LENGTH);
		assertThat(RotationNames.MAX_BASE_NAME_LENGTH).isEqualTo(41);
		assertThat(RotationNames.ofHolder(longest, "ab12cd", AT)).hasSize(63);
		assertThat(RotationNames.isBaseName(longest)).isTrue();
		assertThat(RotationNames.isBaseName(longest + "a")).isFalse();
		assertThat(RotationNames.isBaseName("ci-")).isFalse();
		assertThat(RotationNames.isBaseName("1ci")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> RotationNames.requireBaseName("ci-", "baseName"))
			.withMessage("baseName: the base name 'ci-' must be 2 to 41 letters, digits or hyphens, start with a "
					+ "letter and not end with a hyphen");
	}

}
