package io.github.ionosregistry.emulator;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A registry as the emulator serves it at {@code GET /registries/{registryId}}. Every well-formed registry id names
 * one: unless a test or the command line names it, it is {@code registry-<first 8 hex digits of its id>}, with the
 * hostname of the real service's form, {@code <name>.cr.ionos.com}, unless a test or the command line points it at
 * a registry of its own ({@link #withHostname(String)}, such as {@code 127.0.0.1:5000}), so that Docker credentials
 * for it reach that registry.
 *
 * @param id the registry id
 * @param name the registry name: lower-case letters, digits and hyphens, 3 to 63, as the API has them
 * @param location where it is, such as {@code de/fra}
 * @param hostname the host (and port) of {@code docker login} and image references
 * @since 0.1.0
 */
public record EmulatedRegistry(UUID id, String name, String location, String hostname) {

	/** A host name or IPv4 address, or an IPv6 address in brackets, and an optional port. */
	private static final Pattern HOSTNAME_PATTERN = Pattern
		.compile("^([A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$");

	/** The API's pattern for registry names. */
	public static final Pattern NAME_PATTERN = Pattern.compile("^[a-z][-a-z0-9]{1,61}[a-z0-9]$");

	public static final String DEFAULT_LOCATION = "de/fra";

	public EmulatedRegistry {
		if (id == null) {
			throw new IllegalArgumentException("a registry needs an id");
		}
		if (name == null || !NAME_PATTERN.matcher(name).matches()) {
			throw new IllegalArgumentException("the registry name '" + name
					+ "' must be 3 to 63 lower-case letters, digits or hyphens, start with a letter and not end with a hyphen");
		}
		if (location == null || location.isBlank()) {
			throw new IllegalArgumentException("a registry needs a location");
		}
		if (hostname == null || hostname.length() > 253 || !HOSTNAME_PATTERN.matcher(hostname).matches()) {
			throw new IllegalArgumentException("the registry hostname '" + hostname
					+ "' must be a host name or IP address with an optional port, such as 127.0.0.1:5000");
		}
	}

	/**
	 * A registry with the hostname of the real service's form, {@code <name>.cr.ionos.com}.
	 * @param id the registry id
	 * @param name the registry name
	 * @param location where it is
	 */
	public EmulatedRegistry(UUID id, String name, String location) {
		this(id, name, location, name + ".cr.ionos.com");
	}

	/**
	 * A registry of that id and name, in {@value #DEFAULT_LOCATION}.
	 * @param id the registry id
	 * @param name the registry name
	 * @return the registry
	 */
	public static EmulatedRegistry named(UUID id, String name) {
		return new EmulatedRegistry(id, name, DEFAULT_LOCATION);
	}

	/** The registry an id names when nothing named it. */
	static EmulatedRegistry unnamed(UUID id) {
		return named(id, "registry-" + id.toString().substring(0, 8).toLowerCase(Locale.ROOT));
	}

	/**
	 * The same registry at another host, such as a local registry that trusts the emulator's tokens.
	 * @param hostname the host and optional port, such as {@code 127.0.0.1:5000}
	 * @return the registry with that hostname
	 */
	public EmulatedRegistry withHostname(String hostname) {
		return new EmulatedRegistry(this.id, this.name, this.location, hostname);
	}

}
