package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * The floor, what a hand-written client without this library would do: the same requests on the JDK
 * {@link HttpClient} (HTTP/1.1) with Jackson 3's defaults into plain records ({@link JacksonDefaultsModel}); no
 * Spring, no retries, no error handling beyond the status.
 */
final class JdkHttpClientFloor {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final String apiUrl;

	JdkHttpClientFloor(String apiUrl) {
		this.apiUrl = apiUrl;
	}

	JacksonDefaultsModel.Token findById(UUID registryId, UUID tokenId) throws IOException, InterruptedException {
		return get("/registries/" + registryId + "/tokens/" + tokenId, JacksonDefaultsModel.Token.class);
	}

	JacksonDefaultsModel.Page list(UUID registryId) throws IOException, InterruptedException {
		return get("/registries/" + registryId + "/tokens?offset=0&limit=100", JacksonDefaultsModel.Page.class);
	}

	private <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.apiUrl + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + LoopbackTokensServer.TOKEN)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IOException("status " + response.statusCode());
		}
		return this.mapper.readValue(response.body(), type);
	}

}
