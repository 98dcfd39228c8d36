package io.github.ionosregistry.autoconfigure.rotation;

/**
 * What a scheduled check of a base name did, as the observation {@code ionos.registry.rotation} tags it.
 *
 * @since 0.1.0
 */
public enum CheckOutcome {

	/** It delivered a token: the first, a successor, or one whose earlier delivery failed. */
	ROTATED("rotated"),

	/** Nothing was due: the credential held stays current (its lease may have been renewed). */
	NOT_DUE("not-due"),

	/** A call or the delivery failed; the credential held, if any, stays valid. */
	FAILED("failed");

	private final String tag;

	CheckOutcome(String tag) {
		this.tag = tag;
	}

	/** The observation's tag value. */
	public String tag() {
		return this.tag;
	}

}
