package io.github.ionosregistry.sample;

import java.util.stream.Collectors;

import io.github.ionosregistry.tokens.IonosApiException;
import io.github.ionosregistry.tokens.IonosCommunicationException;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.model.ApiErrorMessage;

/**
 * What the IONOS API answered, in the words of a person at the command line: what was refused and why, with the
 * service's own messages, never a request line, a status code or the URL of the API (a local emulator's means nothing
 * to them).
 */
final class ServiceAnswers {

	private ServiceAnswers() {
	}

	static String describe(IonosRegistryException failure) {
		if (failure instanceof IonosCommunicationException communication) {
			return "the IONOS API could not be reached (" + communication.getProblem() + "); nothing was changed "
					+ "that the API confirmed: try again";
		}
		IonosApiException answer = (IonosApiException) failure;
		if (answer.isUnauthorized() || answer.isForbidden()) {
			return "the IONOS API refused the credentials" + reasons(answer) + ": check IONOS_TOKEN (or "
					+ "IONOS_USERNAME and IONOS_PASSWORD) and the registry id";
		}
		if (answer.isTooManyRequests()) {
			return "the IONOS API asks to slow down" + reasons(answer) + ": try again in a minute";
		}
		if (answer.isServerError()) {
			return "the IONOS API failed" + reasons(answer) + ": try again later";
		}
		return "the IONOS API refused it" + reasons(answer);
	}

	/** The service's own messages, without their codes' brackets. */
	static String reasons(IonosApiException answer) {
		if (answer.getMessages().isEmpty()) {
			return "";
		}
		return ": " + answer.getMessages()
			.stream()
			.map(ApiErrorMessage::message)
			.filter((message) -> message != null && !message.isBlank())
			.collect(Collectors.joining("; "));
	}

}
