package io.github.ionosregistry.autoconfigure.connection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

import io.github.ionosregistry.autoconfigure.IonosConfigFiles;
import io.github.ionosregistry.autoconfigure.IonosRegistryProperties;
import io.github.ionosregistry.tokens.IonosCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The documented order of credential sources and API URLs, each source above the next.
 */
class IonosConnectionResolverTests {

	@TempDir
	Path directory;

	private IonosConnectionResolver resolver(Consumer<IonosRegistryProperties> properties, MockEnvironment environment) {
		IonosRegistryProperties bound = new IonosRegistryProperties();
		bound.setConfigFile(IonosConfigFiles.twoProfiles(this.directory, "registry.staging.example.com", null));
		properties.accept(bound);
		return new IonosConnectionResolver(bound.connectionSettings(), environment, Clock.systemUTC());
	}

	private IonosCredentials credentials(Consumer<IonosRegistryProperties> properties, MockEnvironment environment) {
		return resolver(properties, environment).credentials().provider().getCredentials();
	}

	private static MockEnvironment allVariables() {
		return new MockEnvironment().withProperty("IONOS_TOKEN", "env-token")
			.withProperty("IONOS_USERNAME", "env-user")
			.withProperty("IONOS_PASSWORD", "env-password");
	}

	@Test
	void theTokenPropertyComesFirst() throws Exception {
		Path tokenFile = Files.writeString(this.directory.resolve("token"), "file-token");
		assertThat(credentials((properties) -> {
			properties.setToken("property-token");
			properties.setTokenFile(tokenFile);
			properties.setUsername("property-user");
			properties.setPassword("property-password");
		}, allVariables())).isEqualTo(IonosCredentials.token("property-token"));
	}

	@Test
	void thenTheTokenFile() throws Exception {
		Path tokenFile = Files.writeString(this.directory.resolve("token"), "  file-token\n");
		assertThat(credentials((properties) -> {
			properties.setTokenFile(tokenFile);
			properties.setUsername("property-user");
			properties.setPassword("property-password");
		}, allVariables())).isEqualTo(IonosCredentials.token("file-token"));
	}

	@Test
	void thenTheUsernameAndPasswordProperties() {
		assertThat(credentials((properties) -> {
			properties.setUsername("property-user");
			properties.setPassword("property-password");
		}, allVariables())).isEqualTo(IonosCredentials.usernamePassword("property-user", "property-password"));
	}

	@Test
	void aUsernamePropertyTakesItsPasswordFromTheEnvironment() {
		assertThat(credentials((properties) -> properties.setUsername("property-user"), allVariables()))
			.isEqualTo(IonosCredentials.usernamePassword("property-user", "env-password"));
	}

	@Test
	void thenTheTokenVariable() {
		assertThat(credentials((properties) -> {
		}, allVariables())).isEqualTo(IonosCredentials.token("env-token"));
	}

	@Test
	void thenTheUsernameAndPasswordVariables() {
		assertThat(credentials((properties) -> {
		}, new MockEnvironment().withProperty("IONOS_USERNAME", "env-user").withProperty("IONOS_PASSWORD", "env-password")))
			.isEqualTo(IonosCredentials.usernamePassword("env-user", "env-password"));
	}

	@Test
	void thenTheConfigFilesCurrentProfile() {
		IonosConnectionResolver resolver = resolver((properties) -> {
		}, new MockEnvironment());
		assertThat(resolver.credentials().provider().getCredentials()).isEqualTo(IonosCredentials.token("prod-token"));
		assertThat(resolver.credentials().source()).startsWith("profile 'prod' of the IONOS config file");
		assertThat(resolver.apiUrl()).isEqualTo("https://api.ionos.com/containerregistries");
	}

	@Test
	void theProfileVariablePicksAnotherProfileIgnoringCase() {
		IonosConnectionResolver resolver = resolver((properties) -> {
		}, new MockEnvironment().withProperty("IONOS_CURRENT_PROFILE", "staging"));
		assertThat(resolver.credentials().provider().getCredentials()).isEqualTo(IonosCredentials.token("staging-token"));
		assertThat(resolver.apiUrl()).isEqualTo("https://registry.staging.example.com/containerregistries");
	}

	@Test
	void theProfilePropertyWinsOverTheVariable() {
		IonosConnectionResolver resolver = resolver((properties) -> properties.setProfile("prod"),
				new MockEnvironment().withProperty("IONOS_CURRENT_PROFILE", "staging"));
		assertThat(resolver.credentials().provider().getCredentials()).isEqualTo(IonosCredentials.token("prod-token"));
	}

	@Test
	void theApiUrlPropertyThenTheVariableWinOverTheConfigFile() {
		MockEnvironment staging = new MockEnvironment().withProperty("IONOS_CURRENT_PROFILE", "staging");
		assertThat(resolver((properties) -> properties.setApiUrl("https://property.example.com"),
				staging.withProperty("IONOS_API_URL", "https://variable.example.com")).apiUrl())
			.isEqualTo("https://property.example.com");
		assertThat(resolver((properties) -> {
		}, staging).apiUrl()).isEqualTo("https://variable.example.com/containerregistries");
		assertThat(resolver((properties) -> {
		}, staging).sslBundle()).isNull();
	}

	@Test
	void theConfigFileVariableNamesTheFileWhenThePropertyDoesNot() {
		Path file = IonosConfigFiles.twoProfiles(this.directory, "elsewhere.example.com", null);
		IonosRegistryProperties properties = new IonosRegistryProperties();
		IonosConnectionResolver resolver = new IonosConnectionResolver(properties.connectionSettings(), new MockEnvironment()
			.withProperty("IONOS_CONFIG_FILE", file.toString())
			.withProperty("IONOS_CURRENT_PROFILE", "staging"), Clock.systemUTC());
		assertThat(resolver.apiUrl()).isEqualTo("https://elsewhere.example.com/containerregistries");
	}

	@Test
	void aConfigFileThatDoesNotExistIsSkipped() {
		IonosRegistryProperties properties = new IonosRegistryProperties();
		properties.setConfigFile(this.directory.resolve("absent"));
		IonosConnectionResolver resolver = new IonosConnectionResolver(properties.connectionSettings(), new MockEnvironment(),
				Clock.systemUTC());
		assertThat(resolver.apiUrl()).isEqualTo("https://api.ionos.com/containerregistries");
		assertThatExceptionOfType(MissingIonosCredentialsException.class).isThrownBy(resolver::credentials)
			.satisfies((ex) -> assertThat(ex.getConfigFile())
				.isEqualTo("no IONOS config file was found at " + this.directory.resolve("absent")));
	}

}
