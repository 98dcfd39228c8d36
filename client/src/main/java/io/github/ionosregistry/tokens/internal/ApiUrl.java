package io.github.ionosregistry.tokens.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one policy for the API's base URL, for the builder, the Spring Boot properties and the IONOS settings alike.
 * <p>
 * A URL the client is given must be absolute https (plain http only to a {@link LoopbackHost loopback host}, such as
 * a local emulator), without credentials, a query or a fragment. A URL as the IONOS tools write it
 * ({@code IONOS_API_URL}, an IONOS config file endpoint) is read first: without a scheme it is {@code https://}; a
 * bare host (no path, or {@code /}) is the host of every IONOS API, to which the Container Registry's path
 * {@value #API_PATH} is appended, as the IONOS Go SDK (and through it the IONOS CLI and Terraform provider) does; a
 * URL with a path is the API's base URL as it is, as the IONOS Node SDK takes it.
 */
public final class ApiUrl {

	/** Where the IONOS Cloud API serves the Container Registry. */
	public static final String DEFAULT = "https://api.ionos.com/containerregistries";

	/** The Container Registry's path on the host of every IONOS API. */
	public static final String API_PATH = "/containerregistries";

	private ApiUrl() {
	}

	/**
	 * Checks an API URL the client is given.
	 * @param apiUrl the URL
	 * @return the URL, without a trailing slash
	 * @throws IllegalArgumentException naming what is wrong, never quoting credentials the URL holds
	 */
	public static URI parse(String apiUrl) {
		if (apiUrl.contains("@")) {
			// Checked before anything quotes the URL: its user info would be a password in a message.
			throw new IllegalArgumentException("the API URL must not hold credentials; give them as credentials");
		}
		URI uri;
		try {
			uri = new URI(apiUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("the API URL '" + apiUrl + "' is not a URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException("the API URL '" + apiUrl + "' must be an absolute http or https URL");
		}
		String host = uri.getHost();
		if (host == null) {
			throw new IllegalArgumentException("the API URL '" + apiUrl + "' has no host");
		}
		if (scheme.equals("http") && !LoopbackHost.is(host)) {
			throw new IllegalArgumentException("the API URL '" + apiUrl
					+ "' must use https: plain http would send the credentials in clear text (it is allowed "
					+ "only for localhost, 127.0.0.0/8 and [::1], such as a local emulator)");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("the API URL '" + apiUrl + "' must not have a query or a fragment");
		}
		String text = uri.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
	}

	/**
	 * The API's base URL for a URL or host as the IONOS tools take it.
	 * @param value such as {@code api.ionos.com}, {@code https://api.ionos.com/} or
	 * {@code https://api.ionos.com/containerregistries}
	 * @return the base URL; what cannot be read as a URL is returned as given, for {@link #parse} to report
	 */
	public static String fromIonosSetting(String value) {
		String url = value.strip();
		if (!url.contains("://")) {
			url = "https://" + url;
		}
		try {
			String path = new URI(url).getRawPath();
			if (path == null || path.isEmpty() || path.equals("/")) {
				return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + API_PATH;
			}
			return url;
		}
		catch (URISyntaxException ex) {
			return url;
		}
	}

}
