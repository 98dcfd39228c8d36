package io.github.ionosregistry.autoconfigure.connection;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.ionosregistry.tokens.IonosCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the IONOS config file on its own: the chosen profile's credentials and its environment's
 * {@code containerregistry} endpoint, names matched ignoring case, and every shape it refuses naming the problem.
 */
class IonosConfigFileTests {

	@TempDir
	Path directory;

	private IonosConfigFile file(String yaml) throws Exception {
		return IonosConfigFile.load(Files.writeString(this.directory.resolve("config"), yaml),
				getClass().getClassLoader());
	}

	@Test
	void theCurrentProfileGivesItsCredentialsAndItsEnvironmentsEndpoint() throws Exception {
		IonosConfigFile.Connection connection = file("""
				version: 1.0
				currentProfile: prod
				profiles:
				  - name: dev
				    credentials: { username: dev-user, password: dev-password }
				  - name: PROD
				    environment: production
				    credentials: { token: prod-token }
				environments:
				  - name: Production
				    products:
				      - name: ContainerRegistry
				        endpoints:
				          - name: " registry-api.example.com/containerregistries "
				""").connection(null);
		assertThat(connection.profile()).isEqualTo("prod");
		assertThat(connection.credentials()).isEqualTo(IonosCredentials.token("prod-token"));
		assertThat(connection.apiUrl()).isEqualTo("registry-api.example.com/containerregistries");
		assertThat(connection.certificateAuthority()).isNull();
	}

	@Test
	void aProfileNamedByTheCallerWinsAndMayHaveNoEnvironment() throws Exception {
		IonosConfigFile.Connection connection = file("""
				currentProfile: prod
				profiles:
				  - name: prod
				    credentials: { token: prod-token }
				  - name: dev
				    credentials: { username: dev-user, password: dev-password }
				""").connection("dev");
		assertThat(connection.credentials()).isEqualTo(IonosCredentials.usernamePassword("dev-user", "dev-password"));
		assertThat(connection.apiUrl()).isNull();
	}

	@Test
	void noFileNoProfileAndAnEmptyFileGiveNothing() throws Exception {
		assertThat(IonosConfigFile.load(this.directory.resolve("missing"), getClass().getClassLoader())).isNull();
		assertThat(file("profiles: []").connection(null)).isNull();
		assertThat(file("").connection(null)).isNull();
	}

	@Test
	void anUnknownProfileIsRefusedNamingTheProfilesThereAre() throws Exception {
		IonosConfigFile config = file("""
				profiles:
				  - name: prod
				  - name: dev
				""");
		assertThatExceptionOfType(InvalidIonosConfigurationException.class).isThrownBy(() -> config.connection("test"))
			.withMessageContaining("has no profile named 'test'")
			.withMessageContaining("prod")
			.withMessageContaining("dev");
	}

	@Test
	void skipTlsVerifyIsRefused() throws Exception {
		IonosConfigFile config = file("""
				currentProfile: prod
				profiles:
				  - name: prod
				    environment: prod
				environments:
				  - name: prod
				    products:
				      - name: containerregistry
				        endpoints:
				          - name: registry-api.example.com
				            skipTlsVerify: true
				""");
		assertThatExceptionOfType(InvalidIonosConfigurationException.class).isThrownBy(() -> config.connection(null))
			.withMessageContaining("sets skipTlsVerify")
			.withMessageContaining("never turns TLS verification off");
	}

	@Test
	void aFileWhoseTopLevelIsNotAMappingIsRefused() {
		assertThatExceptionOfType(InvalidIonosConfigurationException.class).isThrownBy(() -> file("- just\n- a list\n"))
			.withMessageContaining("its top level is not a mapping");
	}

}
