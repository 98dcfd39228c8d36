package io.github.ionosregistry.autoconfigure.rotation;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.TokenRotation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Hands each credential of a scheduled rotation to the application as a {@link TokenRotatedEvent}, after the Docker
 * config file, if one is set, took it.
 */
final class RotationEvents implements CredentialDelivery {

	private static final Log logger = LogFactory.getLog(RotationEvents.class);

	private final String baseName;

	private final ApplicationEventPublisher events;

	RotationEvents(String baseName, ApplicationEventPublisher events) {
		this.baseName = baseName;
		this.events = events;
	}

	@Override
	public void deliver(DockerCredentials credentials, TokenRotation rotation) {
		this.events.publishEvent(new TokenRotatedEvent(this.baseName, credentials, rotation));
		if (rotation.rotated()) {
			logger.info("Delivered the token " + credentials.username() + " of " + this.baseName + " for this "
					+ "replica; " + rotation.superseded().size() + " superseded token(s) stay valid for their grace");
		}
		else {
			logger.debug("Renewed the lease of the token " + credentials.username() + " of " + this.baseName
					+ " and delivered it again");
		}
	}

	@Override
	public String toString() {
		return "the application's TokenRotatedEvent listeners";
	}

}
