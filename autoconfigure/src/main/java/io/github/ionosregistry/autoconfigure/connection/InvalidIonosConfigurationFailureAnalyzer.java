package io.github.ionosregistry.autoconfigure.connection;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because a source of the client's connection cannot be used.
 */
class InvalidIonosConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidIonosConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidIonosConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
