package io.github.ionosregistry.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;


/**
 * The Tokens API as a WireMock response transformer: checks credentials, routes the six operations to the
 * {@link TokenStore} and answers in the spec's shapes and status codes.
 */
final class TokensEmulatorTransformer implements ResponseDefinitionTransformerV2 {

	static final String NAME = "ionos-registry-tokens-emulator";

	/** The base path of the real API, which the emulator serves under as well as at its root. */
	static final String API_BASE_PATH = "/containerregistries";

	private static final Pattern REGISTRY = Pattern.compile("^/registries/([^/]+)/?$");

	private static final Pattern TOKENS = Pattern.compile("^/registries/([^/]+)/tokens/?$");

	private static final Pattern TOKEN = Pattern.compile("^/registries/([^/]+)/tokens/([^/]+)$");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final System.Logger LOGGER = System.getLogger(TokensEmulatorTransformer.class.getName());

	private static final int DEFAULT_LIMIT = 100;

	private static final int MAX_LIMIT = 1000;

	private final TokenStore store;

	private final EmulatorCredentials credentials;

	private final Supplier<String> baseUrl;

	private final FaultInjector faults;

	/** What each request runs within: with a state file, its lock and the state as the file holds it. */
	private final UnaryOperator<Supplier<ResponseDefinition>> around;

	private final Duration latency;

	private final Function<UUID, EmulatedRegistry> registries;

	private final OffsetDateTime started;

	private final RegistryLogin registryLogin;

	TokensEmulatorTransformer(TokenStore store, EmulatorCredentials credentials, Supplier<String> baseUrl,
			FaultInjector faults, Duration latency, Function<UUID, EmulatedRegistry> registries,
			OffsetDateTime started, RegistryLogin registryLogin, UnaryOperator<Supplier<ResponseDefinition>> around) {
		this.around = around;
		this.registryLogin = registryLogin;
		this.registries = registries;
		this.started = started;
		this.store = store;
		this.credentials = credentials;
		this.baseUrl = baseUrl;
		this.faults = faults;
		this.latency = latency;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		// Registry logins stand for the registry's own token service: the API's faults are not theirs.
		EmulatorFault fault = path(serveEvent.getRequest()).equals(RegistryLogin.PATH) ? null : this.faults.next();
		ResponseDefinition answer;
		if (fault == EmulatorFault.UNAVAILABLE) {
			answer = error(EmulatorException.unavailable());
		}
		else if (fault == EmulatorFault.CONNECTION_DROPPED) {
			answer = droppedConnection();
		}
		else {
			answer = serve(serveEvent.getRequest());
			if (fault == EmulatorFault.ANSWER_LOST) {
				answer = droppedConnection();
			}
		}
		return this.latency.isZero() ? answer
				: ResponseDefinitionBuilder.like(answer).withFixedDelay((int) this.latency.toMillis()).build();
	}

	private ResponseDefinition serve(Request request) {
		return this.around.apply(() -> serveNow(request)).get();
	}

	private ResponseDefinition serveNow(Request request) {
		try {
			if (path(request).equals(RegistryLogin.PATH)) {
				return registryLogin(request);
			}
			String actor = this.credentials.authenticate(request.getHeader("Authorization"));
			return route(request, actor);
		}
		catch (EmulatorException ex) {
			return error(ex);
		}
		catch (RuntimeException ex) {
			// A fault of the emulator: said as the API says it, the details in the log only.
			LOGGER.log(System.Logger.Level.ERROR, "could not answer " + request.getMethod() + " " + path(request), ex);
			return error(EmulatorException.internalError());
		}
	}

	private static ResponseDefinition error(EmulatorException ex) {
		ResponseDefinition answer = json(ex.status(), TokenJsonWriter.error(ex.status(), ex.errorCode(), ex.problem()),
				null);
		if (ex.status() == 503) {
			// As a service under load says when to come back.
			return ResponseDefinitionBuilder.like(answer).but().withHeader("Retry-After", "1").build();
		}
		return answer;
	}

	private static ResponseDefinition droppedConnection() {
		return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
	}

	private ResponseDefinition registryLogin(Request request) {
		if (!request.getMethod().getName().equals("GET")) {
			throw EmulatorException.methodNotAllowed(request.getMethod().getName());
		}
		URI uri = uri(request);
		try {
			return json(200, this.registryLogin.answer(request.getHeader("Authorization"),
					queryParameters(uri).get("service"), queryParameterValues(uri, "scope")), null);
		}
		catch (EmulatorException ex) {
			ResponseDefinition answer = error(ex);
			return (ex.status() == 401) ? ResponseDefinitionBuilder.like(answer)
				.but()
				.withHeader("WWW-Authenticate", "Basic realm=\"" + TokensEmulator.AUTH_ISSUER + "\"")
				.build() : answer;
		}
	}

	private static String path(Request request) {
		String url = request.getUrl();
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

	private static URI uri(Request request) {
		try {
			return new URI(request.getUrl());
		}
		catch (URISyntaxException ex) {
			throw EmulatorException.badRequest("The request URI is malformed at index " + ex.getIndex());
		}
	}

	private ResponseDefinition route(Request request, String actor) {
		URI uri = uri(request);
		String path = uri.getRawPath();
		String base = this.baseUrl.get();
		if (path.equals(API_BASE_PATH) || path.startsWith(API_BASE_PATH + "/")) {
			path = path.substring(API_BASE_PATH.length());
			base = base + API_BASE_PATH;
		}
		String method = request.getMethod().getName();
		TokenJsonWriter writer = new TokenJsonWriter(base);
		Matcher registry = REGISTRY.matcher(path);
		if (registry.matches()) {
			UUID registryId = id(registry.group(1), "registryId");
			if (!method.equals("GET")) {
				throw EmulatorException.methodNotAllowed(method);
			}
			return json(200, writer.registry(this.registries.apply(registryId), this.started), null);
		}
		Matcher tokens = TOKENS.matcher(path);
		if (tokens.matches()) {
			UUID registryId = id(tokens.group(1), "registryId");
			return switch (method) {
				case "GET" -> list(writer, registryId, uri);
				case "POST" -> create(writer, registryId, request.getBody(), actor);
				default -> throw EmulatorException.methodNotAllowed(method);
			};
		}
		Matcher token = TOKEN.matcher(path);
		if (token.matches()) {
			UUID registryId = id(token.group(1), "registryId");
			UUID tokenId = id(token.group(2), "tokenId");
			return switch (method) {
				case "GET" -> json(200, writer.token(registryId, this.store.find(registryId, tokenId), ""), null);
				case "PATCH" -> json(200, writer.token(registryId,
						this.store.patch(registryId, tokenId, TokenRequests.tokenPatch(request.getBody()), actor), ""),
						null);
				case "PUT" -> put(writer, registryId, tokenId, request.getBody(), actor);
				case "DELETE" -> {
					this.store.delete(registryId, tokenId);
					yield new ResponseDefinition(204, "");
				}
				default -> throw EmulatorException.methodNotAllowed(method);
			};
		}
		throw EmulatorException.notFound("No such resource: " + TokenRequests.shortened(path));
	}

	private ResponseDefinition list(TokenJsonWriter writer, UUID registryId, URI uri) {
		Map<String, String> query = queryParameters(uri);
		int offset = integer(query.get("offset"), "offset", 0, 0, Integer.MAX_VALUE);
		int limit = integer(query.get("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
		TokenStore.Page page = this.store.list(registryId, offset, limit);
		return json(200, writer.page(registryId, page.items(), offset, limit, page.total()), null);
	}

	private ResponseDefinition create(TokenJsonWriter writer, UUID registryId, byte[] body, String actor) {
		TokenSpec spec = TokenRequests.tokenSpec(body);
		String password = newPassword();
		EmulatedToken created = this.store.create(registryId, UUID.randomUUID(), spec, actor, password);
		return json(201, writer.token(registryId, created, password), writer.tokenHref(registryId, created.id()));
	}

	private ResponseDefinition put(TokenJsonWriter writer, UUID registryId, UUID tokenId, byte[] body, String actor) {
		String password = newPassword();
		TokenStore.Put put = this.store.put(registryId, tokenId, TokenRequests.tokenSpec(body), actor, password);
		return json(201, writer.token(registryId, put.token(), put.created() ? password : ""),
				writer.tokenHref(registryId, tokenId));
	}

	/** Every value of one query parameter, in order. */
	private static List<String> queryParameterValues(URI uri, String name) {
		List<String> values = new ArrayList<>();
		String query = uri.getRawQuery();
		if (query != null) {
			for (String parameter : query.split("&", -1)) {
				int equals = parameter.indexOf('=');
				if (equals > 0 && decode(parameter.substring(0, equals)).equals(name)) {
					values.add(decode(parameter.substring(equals + 1)));
				}
			}
		}
		return values;
	}

	/** The query's parameters, each by its first value. */
	private static Map<String, String> queryParameters(URI uri) {
		Map<String, String> parameters = new HashMap<>();
		String query = uri.getRawQuery();
		if (query == null) {
			return parameters;
		}
		for (String parameter : query.split("&", -1)) {
			int equals = parameter.indexOf('=');
			String name = decode((equals < 0) ? parameter : parameter.substring(0, equals));
			String value = (equals < 0) ? "" : decode(parameter.substring(equals + 1));
			parameters.putIfAbsent(name, value);
		}
		return parameters;
	}

	private static String decode(String queryPart) {
		try {
			return URLDecoder.decode(queryPart, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw EmulatorException.badRequest("The query is not well-formed percent-encoding");
		}
	}

	private static UUID id(String text, String name) {
		try {
			UUID id = UUID.fromString(text);
			if (id.toString().equalsIgnoreCase(text)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw EmulatorException.badRequest(name + " '" + TokenRequests.shortened(text) + "' is not a UUID");
	}

	private static int integer(@Nullable String text, String name, int defaultValue, int min, int max) {
		if (text == null) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw EmulatorException.badRequest(name + " must be an integer from " + min
				+ ((max < Integer.MAX_VALUE) ? " to " + max : " up") + ", was '" + TokenRequests.shortened(text) + "'");
	}

	private static String newPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static ResponseDefinition json(int status, JsonNode body, @Nullable String location) {
		var response = com.github.tomakehurst.wiremock.client.WireMock.aResponse()
			.withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(body.toString().getBytes(StandardCharsets.UTF_8));
		if (location != null) {
			response.withHeader("Location", location);
		}
		return response.build();
	}

}
