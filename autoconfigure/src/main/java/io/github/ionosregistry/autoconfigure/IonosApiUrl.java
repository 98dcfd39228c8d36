package io.github.ionosregistry.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reads an API URL as the IONOS tools write it ({@code IONOS_API_URL}, an IONOS config file endpoint): without a
 * scheme it is {@code https://}; a bare host (no path, or {@code /}) is the host of every IONOS API, to which the
 * Container Registry's path {@value #API_PATH} is appended, as the IONOS Go SDK (and through it the IONOS CLI and
 * Terraform provider) does; a URL with a path is the API's base URL as it is, as the IONOS Node SDK takes it.
 */
final class IonosApiUrl {

	static final String API_PATH = "/containerregistries";

	private IonosApiUrl() {
	}

	/**
	 * The API's base URL for a URL or host as the IONOS tools take it.
	 * @param value such as {@code api.ionos.com}, {@code https://api.ionos.com/} or
	 * {@code https://api.ionos.com/containerregistries}
	 * @return the base URL; what cannot be read as a URL is returned as given, for the client's check to report
	 */
	static String of(String value) {
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
