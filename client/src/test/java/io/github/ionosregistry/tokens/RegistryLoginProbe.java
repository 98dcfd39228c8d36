package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import io.github.ionosregistry.emulator.TokensEmulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs in to the emulator's registry login (the token server a real registry trusts) with what a Docker config file
 * holds for the registry, as a registry client does: the consumer's view of a rotation.
 */
final class RegistryLoginProbe {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RegistryLoginProbe() {
	}

	/**
	 * The login's status.
	 * @return 200 if accepted, 401 if refused, 0 if the file holds no credentials for the registry
	 */
	static int login(TokensEmulator emulator, Path dockerConfig, String hostname) throws IOException,
			InterruptedException {
		JsonNode entry;
		try {
			entry = JsonMapper.shared().readTree(Files.readString(dockerConfig)).path("auths").path(hostname);
		}
		catch (NoSuchFileException ex) {
			return 0;
		}
		if (entry.isMissingNode()) {
			return 0;
		}
		String basic = Base64.getEncoder().encodeToString((entry.path("username").asString() + ":"
				+ entry.path("password").asString()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.authRealm() + "?service=" + hostname
				+ "&scope=repository:app/web:pull"))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(10))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
