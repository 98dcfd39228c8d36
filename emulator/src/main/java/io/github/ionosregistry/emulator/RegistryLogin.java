package io.github.ionosregistry.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The token server of the emulated registries, as the Docker token authentication protocol has it:
 * {@code GET /auth/token?service=<registry hostname>&scope=repository:<name>:<actions>} with HTTP Basic credentials,
 * the user name being the registry token's name and the password its one-time password. An enabled, unexpired token
 * of the registry whose hostname is {@code service} gets a JWT granting what {@link RegistryGrants} allows; anything
 * else gets a 401 with the API's JSON error.
 */
final class RegistryLogin {

	static final String PATH = "/auth/token";

	/** How long a registry token is valid: a client asks again for each session. */
	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final TokenStore store;

	private final Function<String, Optional<UUID>> registryByHostname;

	private final Supplier<RegistryAuthKey> key;

	/** Real time: the JWT is checked by a registry that knows no other clock. */
	private final Clock clock = Clock.systemUTC();

	RegistryLogin(TokenStore store, Function<String, Optional<UUID>> registryByHostname, Supplier<RegistryAuthKey> key) {
		this.store = store;
		this.registryByHostname = registryByHostname;
		this.key = key;
	}

	/**
	 * Answers a token request.
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @param service the {@code service} parameter, or {@code null}
	 * @param scopes the {@code scope} parameters
	 * @return the protocol's JSON: {@code token}, {@code access_token}, {@code expires_in}, {@code issued_at}
	 * @throws EmulatorException a 400 for a request without a service or with a malformed scope, a 401 for
	 * credentials that are not those of an enabled token of that registry
	 */
	ObjectNode answer(@Nullable String authorization, @Nullable String service, List<String> scopes) {
		if (service == null || service.isBlank()) {
			throw EmulatorException.badRequest("service is required: the registry's hostname");
		}
		List<RegistryScope> requested = RegistryScope.parse(scopes);
		String[] credentials = basicCredentials(authorization);
		UUID registryId = this.registryByHostname.apply(service).orElseThrow(EmulatorException::loginRefused);
		StoredToken token = this.store.findByName(registryId, credentials[0])
			.filter((stored) -> stored.token().status() == EmulatedStatus.ENABLED)
			.filter((stored) -> stored.hasPassword(credentials[1]))
			.orElseThrow(EmulatorException::loginRefused);
		List<RegistryScope> granted = RegistryGrants.grant(token.token().scopes(), requested);
		Instant now = this.clock.instant();
		String jwt = this.key.get().sign(new JWTClaimsSet.Builder().issuer(TokensEmulator.AUTH_ISSUER)
			.subject(token.token().name())
			.audience(service)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.claim("access", granted.stream().map(RegistryLogin::access).toList())
			.build());
		ObjectNode answer = NODES.objectNode();
		answer.put("token", jwt);
		answer.put("access_token", jwt);
		answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
		answer.put("issued_at", Rfc3339.format(now.atOffset(ZoneOffset.UTC)));
		return answer;
	}

	private static Map<String, Object> access(RegistryScope scope) {
		Map<String, Object> access = new LinkedHashMap<>();
		access.put("type", scope.type());
		access.put("name", scope.name());
		access.put("actions", scope.actions());
		return access;
	}

	/** The user name and password of a Basic header. */
	private static String[] basicCredentials(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw EmulatorException.loginRefused();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw EmulatorException.loginRefused();
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			throw EmulatorException.loginRefused();
		}
		return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
	}

}
