package io.github.ionosregistry.autoconfigure.rotation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ionosregistry.tokens.RotationPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The scheduled rotations, {@code ionos.registry.rotation.<base-name>.*}: checked as they are bound, each bad value
 * reported at once with its key.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("ionos.registry")
public class IonosRegistryRotationProperties implements Validator {

	/**
	 * Scheduled rotation of the tokens of each base name: every replica of the application holds its own token,
	 * renewed before it is due.
	 */
	private final Map<String, Rotation> rotation = new LinkedHashMap<>();

	public Map<String, Rotation> getRotation() {
		return this.rotation;
	}

	@Override
	public boolean supports(Class<?> type) {
		return IonosRegistryRotationProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		((IonosRegistryRotationProperties) target).getRotation()
			.forEach((baseName, rotation) -> RotationPropertiesValidation.validate(baseName, rotation, errors));
	}

	/**
	 * Rotation of the tokens of one base name: each replica of the application holds its own token of it, named
	 * {@code <base-name>-<replica's holder id>-<yyyyMMddHHmmss>}, and replaces it before it is due.
	 */
	public static class Rotation {

		/**
		 * Age of a replica's token at which its successor is made.
		 */
		private @Nullable Duration rotateAfter;

		/**
		 * How long a superseded token stays valid after its successor was delivered, for its consumers to take the
		 * successor. 0 deletes it at once, refusing whoever still holds its password.
		 */
		private Duration retireAfter = RotationPolicy.DEFAULT_RETIRE_AFTER;

		/**
		 * How often each replica checks whether its token is due, gone, past its grace or its lease due for
		 * renewal; the first check runs while the application starts.
		 */
		private Duration checkInterval = Duration.ofHours(1);

		/**
		 * Lease of a replica's tokens: while the replica runs it keeps their expiry dates this far ahead, renewed
		 * once half is left, so that the tokens of a replica that stopped or was killed stop working within this
		 * time. At least 61 minutes (the service takes no expiry date less than an hour ahead) and 4 check intervals.
		 */
		private Duration lease = RotationPolicy.DEFAULT_LEASE;

		/**
		 * Longest life of each token made, from its creation, however often its lease is renewed. Default: twice
		 * rotate-after plus retire-after.
		 */
		private @Nullable Duration lifetime;

		/**
		 * Scopes of the tokens made, as type:name:actions (such as repository:app/*:pull). Default: those of the
		 * newest token of the base name.
		 */
		private List<String> scopes = new ArrayList<>();

		/**
		 * Docker config file to keep current: each new token's credentials are written into it (only its entry for
		 * the registry's hostname changes), and a replica restarted with the same file takes back the credential it
		 * holds.
		 */
		private @Nullable Path dockerConfig;

		public @Nullable Duration getRotateAfter() {
			return this.rotateAfter;
		}

		public void setRotateAfter(@Nullable Duration rotateAfter) {
			this.rotateAfter = rotateAfter;
		}

		public Duration getRetireAfter() {
			return this.retireAfter;
		}

		public void setRetireAfter(Duration retireAfter) {
			this.retireAfter = retireAfter;
		}

		public Duration getCheckInterval() {
			return this.checkInterval;
		}

		public void setCheckInterval(Duration checkInterval) {
			this.checkInterval = checkInterval;
		}

		public Duration getLease() {
			return this.lease;
		}

		public void setLease(Duration lease) {
			this.lease = lease;
		}

		public @Nullable Duration getLifetime() {
			return this.lifetime;
		}

		public void setLifetime(@Nullable Duration lifetime) {
			this.lifetime = lifetime;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

		public @Nullable Path getDockerConfig() {
			return this.dockerConfig;
		}

		public void setDockerConfig(@Nullable Path dockerConfig) {
			this.dockerConfig = dockerConfig;
		}

	}

}
