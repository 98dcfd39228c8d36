package io.github.ionosregistry.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Warns when an HTTP client's raw traffic dump is switched on: it prints every header and body as sent, the
 * {@code Authorization} header and the one-time password of a created token included. Apache HttpClient's wire and
 * header loggers, and the JDK {@code HttpClient}'s {@code jdk.httpclient.HttpClient.log} system property.
 */
final class WireLogWarning {

	private static final Log logger = LogFactory.getLog(IonosRegistryAutoConfiguration.class);

	private static final String[] TRAFFIC_DUMP_LOGGERS = { "org.apache.hc.client5.http.wire",
			"org.apache.hc.client5.http.headers" };

	private WireLogWarning() {
	}

	/** Whether a value of {@code jdk.httpclient.HttpClient.log} logs headers or bodies ({@code all} does both). */
	private static boolean dumpsTraffic(String value) {
		for (String part : value.toLowerCase(java.util.Locale.ROOT).split(",")) {
			String level = part.strip();
			if (level.equals("all") || level.equals("headers") || level.equals("requests") || level.equals("content")
					|| level.equals("frames") || level.startsWith("frames:")) {
				return true;
			}
		}
		return false;
	}

	static final String JDK_HTTP_CLIENT_LOG = "jdk.httpclient.HttpClient.log";

	static void warnIfTrafficIsDumped() {
		String jdkLog = System.getProperty(JDK_HTTP_CLIENT_LOG);
		if (jdkLog != null && !jdkLog.isBlank() && dumpsTraffic(jdkLog)) {
			logger.warn("System property " + JDK_HTTP_CLIENT_LOG + "=" + jdkLog + " makes the JDK HttpClient log raw "
					+ "HTTP traffic, including the Authorization header and one-time token passwords. Keep it off "
					+ "wherever logs are kept.");
		}
		for (String name : TRAFFIC_DUMP_LOGGERS) {
			if (LogFactory.getLog(name).isDebugEnabled()) {
				logger.warn("Logger '" + name + "' is at DEBUG: it prints raw HTTP traffic, including the "
						+ "Authorization header and one-time token passwords. Keep it off wherever logs are kept.");
			}
		}
	}

}
