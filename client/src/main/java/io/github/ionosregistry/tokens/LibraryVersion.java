package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This library's version, written into a resource at build time.
 */
final class LibraryVersion {

	private static final String RESOURCE = "ionos-registry-client.properties";

	private static final String VERSION = load();

	private LibraryVersion() {
	}

	static String defaultUserAgent() {
		return "ionos-registry-client/" + VERSION;
	}

	private static String load() {
		try (InputStream resource = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
			if (resource == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(resource);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
