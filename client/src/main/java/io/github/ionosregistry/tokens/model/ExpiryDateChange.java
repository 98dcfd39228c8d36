package io.github.ionosregistry.tokens.model;

import java.time.OffsetDateTime;

/**
 * What a {@link PatchTokenInput} does to a token's expiry date: {@link #keep() keep} it (nothing is sent),
 * {@link #clear() clear} it so the token never expires (sent as JSON {@code null}), or {@link #setTo set} it.
 *
 * @since 0.1.0
 */
public sealed interface ExpiryDateChange permits ExpiryDateChange.Keep, ExpiryDateChange.Clear,
		ExpiryDateChange.SetTo {

	/** Leaves the expiry date as it is. */
	static ExpiryDateChange keep() {
		return Keep.INSTANCE;
	}

	/** Removes the expiry date: the token never expires. */
	static ExpiryDateChange clear() {
		return Clear.INSTANCE;
	}

	/**
	 * Sets a new expiry date.
	 * @param expiryDate the new expiry date
	 * @return the change
	 */
	static ExpiryDateChange setTo(OffsetDateTime expiryDate) {
		return new SetTo(expiryDate);
	}

	/** Leaves the expiry date as it is. */
	record Keep() implements ExpiryDateChange {

		static final Keep INSTANCE = new Keep();

	}

	/** Removes the expiry date. */
	record Clear() implements ExpiryDateChange {

		static final Clear INSTANCE = new Clear();

	}

	/**
	 * Sets a new expiry date.
	 * @param expiryDate the new expiry date
	 */
	record SetTo(OffsetDateTime expiryDate) implements ExpiryDateChange {

		public SetTo {
			if (expiryDate == null) {
				throw new IllegalArgumentException("expiryDate must not be null; use ExpiryDateChange.clear() to remove it");
			}
		}

	}

}
