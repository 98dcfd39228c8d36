package io.github.ionosregistry.tokens.internal.call;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.RetrySettings;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.internal.ScopeWords;
import io.github.ionosregistry.tokens.internal.http.BufferedHttpRequest;
import io.github.ionosregistry.tokens.internal.http.Deadline;
import io.github.ionosregistry.tokens.internal.http.ReceivedResponse;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.Scope;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * A rehearsal of every operation, made when the client is warmed up: the whole path of a call (arguments, URI
 * templates, the RestClient exchange, the JSON written and read for every shape) runs once against answers made in
 * memory, so that the first real call, whichever it is, finds its classes loaded and its codecs built. The error
 * answers' path, which a working application rarely takes, is left to the first of them. Nothing is sent, nothing is
 * observed, and none of the application's interceptors sees it: the rehearsal's RestClient is a plain one.
 */
public final class Rehearsal {

	private static final UUID ID = new UUID(0x1111, 0x2222);

	private static final String TOKEN = """
			{"href":"/registries/%1$s/tokens/%1$s","id":"%1$s","type":"token",
			 "metadata":{"createdBy":"warm-up","createdByUserId":"0","createdDate":"2026-01-01T00:00:00.000+00:00",
			  "lastModifiedBy":"warm-up","lastModifiedByUserId":"0","lastModifiedDate":"2026-01-01T00:00:00Z",
			  "state":"Running"},
			 "properties":{"credentials":{"password":"%2$s","username":"warm-up"},
			  "expiryDate":"2027-01-01T00:00:00Z","name":"warm-up","status":"enabled",
			  "scopes":[{"actions":["pull","push"],"name":"*","type":"repository"}]}}""";

	private static final String PAGE = """
			{"_links":{"next":"","previous":"","self":""},"count":1,"href":"","id":"tokens","limit":100,"offset":0,
			 "total":1,"type":"collection","items":[%s]}""";

	private Rehearsal() {
	}

	public static void run(URI apiUrl, long maxResponseBytes) {
		RestClient restClient = RestClient.builder()
			.baseUrl(apiUrl.toString())
			.requestFactory(new InMemoryAnswers())
			.build();
		RestClientTransport transport = new RestClientTransport(apiUrl, restClient,
				IonosCredentialsProvider.of(IonosCredentials.token("warm-up")), maxResponseBytes, null);
		TokensApi api = new RestClientTokensApi(transport, new CallRetrier(RetrySettings.defaults(),
				Duration.ofSeconds(30), Duration.ofSeconds(30), ObservationRegistry.NOOP), () -> {
		}, ScopeWords.DOCUMENTED);
		PostTokenProperties token = PostTokenProperties.named("warm-up").withScopes(Scope.repository("*", Scope.PULL));
		api.registriesTokensGet(ID);
		api.registriesTokensFindById(ID, ID);
		api.registriesTokensPost(ID, PostTokenInput.of(token));
		api.registriesTokensPut(ID, ID, PutTokenInput.of(token));
		api.registriesTokensPatch(ID, ID, PatchTokenInput.disable().withoutExpiryDate());
		api.registriesTokensDelete(ID, ID);
	}

	/** Answers each request as the API would, from memory. */
	private static final class InMemoryAnswers implements ClientHttpRequestFactory {

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
			return new BufferedHttpRequest(uri, method, Duration.ofSeconds(30)) {

				@Override
				protected ClientHttpResponse execute(HttpHeaders headers, byte[] body, Deadline deadline,
						Duration remaining) {
					return answer(uri, method);
				}

			};
		}

		private static ClientHttpResponse answer(URI uri, HttpMethod method) {
			if (HttpMethod.DELETE.equals(method)) {
				return inMemory(204, "");
			}
			if (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)) {
				return inMemory(201, TOKEN.formatted(ID, "warm-up-password"));
			}
			if (HttpMethod.GET.equals(method) && uri.getPath().endsWith("/tokens")) {
				return inMemory(200, PAGE.formatted(TOKEN.formatted(ID, "")));
			}
			return inMemory(200, TOKEN.formatted(ID, ""));
		}

	}

	private static ClientHttpResponse inMemory(int status, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setContentLength(bytes.length);
		return new ReceivedResponse(status, headers, bytes);
	}

}
