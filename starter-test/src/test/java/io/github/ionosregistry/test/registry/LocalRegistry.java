package io.github.ionosregistry.test.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import io.github.ionosregistry.emulator.EmulatedRegistry;
import io.github.ionosregistry.emulator.TokensEmulator;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.RegistriesApi;
import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.TokensApi;
import io.github.ionosregistry.tokens.TokensApiBuilder;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenOutput;
import io.github.ionosregistry.tokens.model.Scope;

/**
 * The emulator as the IONOS API and token server of a real registry on this machine, with the client on it: what the
 * registry tests start once per class. The emulated registry's hostname is the real registry's {@code host:port}, so
 * that the Docker credentials the client writes reach it.
 */
final class LocalRegistry implements AutoCloseable {

	static final UUID REGISTRY_ID = UUID.fromString("7e57ab1e-0000-4000-8000-000000000001");

	final TokensEmulator emulator;

	final RealRegistry registry;

	final TokensApi tokensApi;

	final RegistriesApi registriesApi;

	final RegistryTokens tokens;

	final OciImage image;

	private final Path directory;

	private LocalRegistry(Path directory, Clock emulatorClock, double faultRate) throws Exception {
		this.directory = directory;
		String hostname = RealRegistry.freeHostname();
		this.emulator = TokensEmulator.builder()
			.clock(emulatorClock)
			.faults(faultRate, 33)
			.registry(EmulatedRegistry.named(REGISTRY_ID, "acme").withHostname(hostname))
			.start();
		this.registry = RealRegistry.start(hostname, this.emulator, Files.createDirectories(directory.resolve("registry")));
		TokensApiBuilder builder = TokensApi.builder()
			.apiUrl(this.emulator.apiUrl())
			.credentials(IonosCredentials.token(this.emulator.credentials().token()));
		this.tokensApi = builder.build();
		this.registriesApi = builder.buildRegistriesApi();
		this.tokens = RegistryTokens.of(this.tokensApi, this.registriesApi, REGISTRY_ID);
		this.image = OciImage.write(directory.resolve("image"), "hello from a token made by TokensApi\n");
	}

	/**
	 * Starts the emulator, the registry and the client, once {@code docker-registry} and {@code skopeo} are known to
	 * be there (the calling test is skipped, or fails when they are required, otherwise).
	 */
	static LocalRegistry start(Path directory, Clock emulatorClock) throws Exception {
		return start(directory, emulatorClock, 0);
	}

	/**
	 * The same with that share of the API's calls failing (registry logins never fail).
	 * @param faultRate from 0 to 1
	 */
	static LocalRegistry start(Path directory, Clock emulatorClock, double faultRate) throws Exception {
		RegistryTools.assumeInstalled();
		return new LocalRegistry(directory, emulatorClock, faultRate);
	}

	/** A client logged in with the Docker config file that {@code DockerCredentials} writes for a created token. */
	Skopeo loggedIn(PutTokenOutput created) throws Exception {
		Path work = Files.createTempDirectory(this.directory, created.properties().name());
		Path dockerConfig = work.resolve("config.json");
		this.tokens.dockerCredentials(created).writeDockerConfig(dockerConfig);
		return new Skopeo(dockerConfig, work);
	}

	/** Pushes the image to {@code <repository>:<tag>} with a token of its own that may push everywhere. */
	void push(String repositoryAndTag) throws Exception {
		String name = "pusher-" + UUID.randomUUID().toString().substring(0, 8);
		Skopeo.Result pushed = loggedIn(this.tokens.create(PostTokenProperties.named(name)
			.withScopes(Scope.repository("*", Scope.PULL, Scope.PUSH)))).push(this.image, hostname(), repositoryAndTag);
		if (!pushed.succeeded()) {
			throw new IllegalStateException("could not push " + repositoryAndTag + ":\n" + pushed.output());
		}
	}

	String hostname() {
		return this.registry.hostname();
	}

	@Override
	public void close() throws Exception {
		this.registry.close();
		this.tokensApi.close();
		this.registriesApi.close();
		this.emulator.close();
	}

}
