package io.github.ionosregistry.tokens.internal.call;

import org.springframework.http.HttpMethod;

/**
 * The operations of the Tokens API, and the registry read: each with its HTTP method and URI template (relative to
 * the API URL), and what a repeat of it may do.
 */
public enum Operation {

	LIST(HttpMethod.GET, Operation.TOKENS),

	FIND(HttpMethod.GET, Operation.TOKEN),

	CREATE(HttpMethod.POST, Operation.TOKENS),

	REPLACE(HttpMethod.PUT, Operation.TOKEN),

	UPDATE(HttpMethod.PATCH, Operation.TOKEN),

	DELETE(HttpMethod.DELETE, Operation.TOKEN),

	FIND_REGISTRY(HttpMethod.GET, Operation.REGISTRY);

	static final String REGISTRY = "/registries/{registryId}";

	static final String TOKENS = REGISTRY + "/tokens";

	static final String TOKEN = TOKENS + "/{tokenId}";

	@SuppressWarnings("ImmutableEnumChecker") // HttpMethod is immutable, but not annotated as such
	private final HttpMethod method;

	private final String uriTemplate;

	Operation(HttpMethod method, String uriTemplate) {
		this.method = method;
		this.uriTemplate = uriTemplate;
	}

	HttpMethod method() {
		return this.method;
	}

	String uriTemplate() {
		return this.uriTemplate;
	}

	/** Whether it only reads: a repeat after an internal server error cannot have changed anything. */
	boolean isRead() {
		return HttpMethod.GET.equals(this.method);
	}

	/**
	 * Whether a repeat has the effect of one call: reads, and changes that set absolute values. Not a create by
	 * POST, whose repeat after a lost answer makes a second token.
	 */
	boolean isIdempotent() {
		return this != CREATE;
	}

	/** The method and URI template, as logs and metrics name the operation. */
	String describe() {
		return this.method.name() + " " + this.uriTemplate;
	}

}
