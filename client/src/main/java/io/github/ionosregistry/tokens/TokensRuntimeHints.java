package io.github.ionosregistry.tokens;

import java.util.List;

import io.github.ionosregistry.tokens.model.ApiErrorMessage;
import io.github.ionosregistry.tokens.model.ApiErrorResponse;
import io.github.ionosregistry.tokens.model.ApiResourceMetadata;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.model.ExpiryDateChange;
import io.github.ionosregistry.tokens.model.PaginationLinks;
import io.github.ionosregistry.tokens.model.PatchTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.RegistryProperties;
import io.github.ionosregistry.tokens.model.RegistryResponse;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.StorageUsage;
import io.github.ionosregistry.tokens.model.TokenProperties;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import io.github.ionosregistry.tokens.model.TokensResponse;
import io.github.ionosregistry.tokens.model.WeeklySchedule;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What a native image needs of the client: reflection for Jackson to read and write every record and enum of the
 * API, to create the client's own (de)serializers, and the resource holding the library's version.
 */
class TokensRuntimeHints implements RuntimeHintsRegistrar {

	/** Every type the client reads or writes as JSON. */
	static final List<Class<?>> JSON_TYPES = List.of(TokenResponse.class, TokensResponse.class, PostTokenInput.class,
			PostTokenOutput.class, PutTokenInput.class, PutTokenOutput.class, PatchTokenInput.class,
			PostTokenProperties.class, TokenProperties.class, Credentials.class, Scope.class, ApiResourceMetadata.class,
			PaginationLinks.class, ApiErrorResponse.class, ApiErrorMessage.class, TokenStatus.class,
			ExpiryDateChange.class, ExpiryDateChange.Keep.class, ExpiryDateChange.Clear.class,
			ExpiryDateChange.SetTo.class, RegistryResponse.class, RegistryProperties.class, StorageUsage.class,
			WeeklySchedule.class);

	/** The (de)serializers the records name in their Jackson annotations, internal to the model package. */
	static final List<String> JSON_CODECS = List.of("io.github.ionosregistry.tokens.model.IsoOffsetDateTimeSerializer",
			"io.github.ionosregistry.tokens.model.LenientOffsetDateTimeDeserializer",
			"io.github.ionosregistry.tokens.model.ExpiryDateChangeSerializer",
			"io.github.ionosregistry.tokens.model.ExpiryDateChangeDeserializer");

	static final String VERSION_RESOURCE = "io/github/ionosregistry/tokens/ionos-registry-client.properties";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				JSON_TYPES.toArray(Class<?>[]::new));
		for (String codec : JSON_CODECS) {
			hints.reflection().registerType(TypeReference.of(codec), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
		hints.resources().registerPattern(VERSION_RESOURCE);
	}

}
