package io.github.ionosregistry.test;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.github.ionosregistry.emulator.EmulatedScope;
import io.github.ionosregistry.emulator.EmulatedStatus;
import io.github.ionosregistry.emulator.EmulatedToken;
import io.github.ionosregistry.emulator.EmulatorCredentials;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.autoconfigure.IonosRegistryConnectionDetails;
import io.github.ionosregistry.autoconfigure.IonosRegistryProperties;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.model.TokenResponse;
import io.github.ionosregistry.tokens.model.TokenStatus;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One annotation gives a Spring Boot test a {@link TokensApi} that talks to a fresh emulator.
 */
@SpringBootTest
@AutoConfigureIonosRegistryEmulator
class AutoConfigureIonosRegistryEmulatorTests {

	@Autowired
	private TokensApi tokensApi;

	@Autowired
	private TokensEmulator emulator;

	@Autowired
	private IonosRegistryProperties properties;

	@Autowired
	private IonosRegistryConnectionDetails connectionDetails;

	@Autowired
	private RegistryTokens registryTokens;

	@Test
	void theConnectionDetailsPointAtTheEmulatorAndTheConnectionPropertiesAreLeftAlone() {
		assertThat(this.connectionDetails.getApiUrl()).isEqualTo(this.emulator.apiUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.connectionDetails.getCredentialsProvider().getCredentials())
			.isEqualTo(IonosCredentials.token(EmulatorCredentials.DEFAULT_TOKEN));
		assertThat(this.properties.getApiUrl()).isNull();
		assertThat(this.properties.getToken()).isNull();
		assertThat(this.properties.getRegistryId()).isEqualTo(TokensEmulator.DEFAULT_REGISTRY_ID);
	}

	@Test
	void registryTokensWorkOnTheDefaultRegistry() {
		this.registryTokens.create(PostTokenProperties.named("via-registry-tokens"));
		assertThat(this.registryTokens.registryId()).isEqualTo(TokensEmulator.DEFAULT_REGISTRY_ID);
		assertThat(this.emulator.token(TokensEmulator.DEFAULT_REGISTRY_ID, "via-registry-tokens")).isPresent();
	}

	@Test
	void createsAndListsTokens() {
		UUID registryId = this.properties.getRegistryId();
		PostTokenOutput created = this.tokensApi.registriesTokensPost(registryId,
				PostTokenInput.of(PostTokenProperties.named("ci-push")
					.withExpiryDate(OffsetDateTime.now().plusDays(30))
					.withScopes(Scope.repository("app/*", Scope.PULL, Scope.PUSH))));

		assertThat(created.properties().credentials().password()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(this.tokensApi.listAll(registryId).map(TokenResponse::id)).containsExactly(created.id());
		assertThat(this.emulator.token(registryId, "ci-push")).hasValueSatisfying((token) -> {
			assertThat(token.id()).isEqualTo(created.id());
			assertThat(token.scopes())
				.containsExactly(EmulatedScope.repository("app/*", EmulatedScope.PULL, EmulatedScope.PUSH));
		});
	}

	@Test
	void seededTokensAreServed() {
		EmulatedToken seeded = this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID,
				EmulatedToken.named("pull-only", EmulatedScope.repository("*", EmulatedScope.PULL))
					.withStatus(EmulatedStatus.DISABLED));

		TokenResponse read = this.tokensApi.registriesTokensFindById(TokensEmulator.DEFAULT_REGISTRY_ID, seeded.id());

		assertThat(read.properties().name()).isEqualTo("pull-only");
		assertThat(read.properties().status()).isEqualTo(TokenStatus.DISABLED);
		assertThat(read.properties().credentials().password()).isEmpty();
	}

	@Test
	void eachTestStartsFromAnEmptyEmulator() {
		assertThat(this.emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).isEmpty();
		this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, EmulatedToken.named("left-behind"));
	}

	@Test
	void eachTestStartsFromAnEmptyEmulatorAgain() {
		assertThat(this.emulator.tokens(TokensEmulator.DEFAULT_REGISTRY_ID)).isEmpty();
		this.emulator.seed(TokensEmulator.DEFAULT_REGISTRY_ID, EmulatedToken.named("left-behind"));
	}

}
