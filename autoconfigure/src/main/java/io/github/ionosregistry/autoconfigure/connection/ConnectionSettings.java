package io.github.ionosregistry.autoconfigure.connection;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code ionos.registry.*} settings the connection is resolved from; each may be absent, for its
 * {@code IONOS_*} variable or the IONOS config file to give it. {@link #toString()} never shows a secret.
 *
 * @param apiUrl {@code ionos.registry.api-url}
 * @param token {@code ionos.registry.token}
 * @param tokenFile {@code ionos.registry.token-file}
 * @param username {@code ionos.registry.username}
 * @param password {@code ionos.registry.password}
 * @param configFile {@code ionos.registry.config-file}
 * @param profile {@code ionos.registry.profile}
 * @param contractNumber {@code ionos.registry.contract-number}
 * @param tokenExpiryWarning {@code ionos.registry.token-expiry-warning}
 * @since 0.1.0
 */
public record ConnectionSettings(@Nullable String apiUrl, @Nullable String token, @Nullable Path tokenFile,
		@Nullable String username, @Nullable String password, @Nullable Path configFile, @Nullable String profile,
		@Nullable Long contractNumber, Duration tokenExpiryWarning) {

	@Override
	public String toString() {
		return "ConnectionSettings[apiUrl=" + this.apiUrl + ", token=" + ((this.token != null) ? "******" : null)
				+ ", tokenFile=" + this.tokenFile + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + ", configFile=" + this.configFile + ", profile="
				+ this.profile + ", contractNumber=" + this.contractNumber + "]";
	}

}
