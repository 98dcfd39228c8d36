package io.github.ionosregistry.autoconfigure.connection;

import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * The connection's failure analyzers, for the tests of other packages that read the reports of a failed start-up.
 */
public final class ConnectionFailureAnalyzers {

	private ConnectionFailureAnalyzers() {
	}

	public static FailureAnalyzer missingCredentials() {
		return new MissingIonosCredentialsFailureAnalyzer();
	}

	public static FailureAnalyzer invalidConfiguration() {
		return new InvalidIonosConfigurationFailureAnalyzer();
	}

	public static String missingCredentialsName() {
		return MissingIonosCredentialsFailureAnalyzer.class.getName();
	}

}
