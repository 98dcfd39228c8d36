package io.github.ionosregistry.tokens.internal.call;

import io.github.ionosregistry.tokens.model.ApiErrorResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the API's JSON with a mapper of the client's own, whatever Jackson settings the application
 * has (a naming strategy of its own would change the API's field names). Reading is bounded for the API's shapes:
 * no document longer than the answers the client accepts, strings of at most {@value #MAX_STRING_LENGTH} characters,
 * nesting at most {@value #MAX_NESTING_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_LENGTH} digits.
 */
public final class JsonCodec {

	/** Names, ids, hrefs and messages are short; a long one is a broken or hostile server. */
	static final int MAX_STRING_LENGTH = 64 * 1024;

	/** A page nests six levels deep: page, items, token, properties, scopes, actions. */
	static final int MAX_NESTING_DEPTH = 16;

	static final int MAX_NUMBER_LENGTH = 20;

	private final JsonMapper mapper;

	JsonCodec(long maxDocumentLength) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxDocumentLength(maxDocumentLength)
			.maxStringLength(MAX_STRING_LENGTH)
			.maxNameLength(1024)
			.maxNestingDepth(MAX_NESTING_DEPTH)
			.maxNumberLength(MAX_NUMBER_LENGTH)
			.maxTokenCount(maxDocumentLength / 2)
			.build();
		this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
	}

	byte[] write(Object value) {
		return this.mapper.writeValueAsBytes(value);
	}

	/**
	 * Reads an answer.
	 * @param json the answer's body
	 * @param type its type
	 * @return the value
	 * @throws JacksonException if the body is not that type's JSON, or breaks a bound
	 */
	<T> T read(byte[] json, Class<T> type) {
		return this.mapper.readValue(json, type);
	}

	/**
	 * Reads an error answer's body as an {@code ApiErrorResponse}, if it is one.
	 * @param json the body
	 * @return the error, or {@code null} if the body is not one
	 */
	@Nullable ApiErrorResponse readError(byte[] json) {
		if (json.length == 0 || json[0] != '{') {
			return null;
		}
		try {
			ApiErrorResponse error = this.mapper.readValue(json, ApiErrorResponse.class);
			return (error.httpStatus() != null || !error.messages().isEmpty()) ? error : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
