package io.github.ionosregistry.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Warns when an HTTP client's raw traffic dump is switched on: it prints every header and body as sent, the
 * {@code Authorization} header and the one-time password of a created token included.
 */
final class WireLogWarning {

	private static final Log logger = LogFactory.getLog(IonosRegistryAutoConfiguration.class);

	private static final String[] TRAFFIC_DUMP_LOGGERS = { "org.apache.hc.client5.http.wire",
			"org.apache.hc.client5.http.headers" };

	private WireLogWarning() {
	}

	static void warnIfTrafficIsDumped() {
		for (String name : TRAFFIC_DUMP_LOGGERS) {
			if (LogFactory.getLog(name).isDebugEnabled()) {
				logger.warn("Logger '" + name + "' is at DEBUG: it prints raw HTTP traffic, including the "
						+ "Authorization header and one-time token passwords. Keep it off wherever logs are kept.");
			}
		}
	}

}
