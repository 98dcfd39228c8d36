package io.github.ionosregistry.autoconfigure.rotation;

import java.nio.file.Path;

import io.github.ionosregistry.tokens.CredentialDelivery;
import io.github.ionosregistry.tokens.DockerCredentials;
import io.github.ionosregistry.tokens.TokenRotation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Where a scheduled rotation's new tokens go: merged into the base name's Docker config file, if one is set, and
 * published to the application as a {@link TokenRotatedEvent}.
 */
final class DockerConfigDelivery implements CredentialDelivery {

	private static final Log logger = LogFactory.getLog(DockerConfigDelivery.class);

	private final String baseName;

	private final @Nullable Path dockerConfig;

	private final ApplicationEventPublisher events;

	DockerConfigDelivery(String baseName, @Nullable Path dockerConfig, ApplicationEventPublisher events) {
		this.baseName = baseName;
		this.dockerConfig = dockerConfig;
		this.events = events;
	}

	@Override
	public void checkReady() {
		if (this.dockerConfig != null) {
			DockerCredentials.checkDockerConfig(this.dockerConfig);
		}
	}

	@Override
	public void deliver(DockerCredentials credentials, TokenRotation rotation) {
		if (this.dockerConfig != null) {
			credentials.writeDockerConfig(this.dockerConfig);
		}
		this.events.publishEvent(new TokenRotatedEvent(this.baseName, credentials, rotation));
		logger.info("Made the token " + credentials.username() + " of " + this.baseName + " for this replica"
				+ ((this.dockerConfig != null) ? " and wrote it into " + this.dockerConfig : "") + "; "
				+ rotation.superseded().size() + " superseded token(s) stay valid for their grace");
	}

}
