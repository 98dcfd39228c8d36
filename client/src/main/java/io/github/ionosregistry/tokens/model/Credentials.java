package io.github.ionosregistry.tokens.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The registry login of a token. The service returns the {@code password} only in the answer that creates the
 * token; every later read returns it empty. {@link #toString()} never shows it.
 *
 * @param password the one-time password, empty except in a create answer
 * @param username the registry user name
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Credentials(@Nullable String password, @Nullable String username) {

	/**
	 * Whether this holds a password, as only a create answer does.
	 * @return {@code true} if the password is present and not empty
	 */
	public boolean hasPassword() {
		return this.password != null && !this.password.isEmpty();
	}

	@Override
	public String toString() {
		return "Credentials[password=" + (hasPassword() ? "******" : "") + ", username=" + this.username + "]";
	}

}
