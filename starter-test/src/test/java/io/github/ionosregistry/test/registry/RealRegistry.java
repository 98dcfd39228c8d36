package io.github.ionosregistry.test.registry;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.github.ionosregistry.emulator.TokensEmulator;

/**
 * A real CNCF Distribution registry ({@code docker-registry serve}) on a loopback port, whose logins go to the
 * emulator's token server: {@code auth.token.realm} is the emulator's {@code /auth/token}, {@code service} the
 * registry's {@code host:port}, {@code issuer} {@value TokensEmulator#AUTH_ISSUER}, and {@code rootcertbundle} the
 * emulator's signing certificate. Stopped, and its storage left in its directory, on {@link #close()}.
 */
public final class RealRegistry implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private final Process process;

	private final String hostname;

	private final Path log;

	private RealRegistry(Process process, String hostname, Path log) {
		this.process = process;
		this.hostname = hostname;
		this.log = log;
	}

	/** A free loopback port for a registry about to start: its {@code host:port} names it to the emulator first. */
	public static String freeHostname() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return "127.0.0.1:" + socket.getLocalPort();
		}
	}

	/**
	 * Starts a registry that trusts the emulator's tokens.
	 * @param hostname the {@code 127.0.0.1:port} it listens on, also its {@code service}
	 * @param emulator the emulator whose token server it sends clients to
	 * @param directory where its configuration, certificate, storage and log go
	 * @return the running registry, answering {@code /v2/}
	 */
	public static RealRegistry start(String hostname, TokensEmulator emulator, Path directory)
			throws IOException, InterruptedException {
		Path certificate = Files.writeString(directory.resolve("emulator-auth.pem"), emulator.authCertificatePem());
		Path configuration = Files.writeString(directory.resolve("registry.yml"), """
				version: 0.1
				log:
				  level: warn
				storage:
				  filesystem:
				    rootdirectory: %s
				  delete:
				    enabled: true
				http:
				  addr: %s
				auth:
				  token:
				    realm: %s
				    service: %s
				    issuer: %s
				    rootcertbundle: %s
				""".formatted(directory.resolve("storage"), hostname, emulator.authRealm(), hostname,
				TokensEmulator.AUTH_ISSUER, certificate));
		Path log = directory.resolve("registry.log");
		Process process = new ProcessBuilder(RegistryTools.require("docker-registry").toString(), "serve",
				configuration.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		RealRegistry registry = new RealRegistry(process, hostname, log);
		registry.awaitReady();
		return registry;
	}

	/** Its {@code host:port}: the key of its Docker credentials. */
	public String hostname() {
		return this.hostname;
	}

	private void awaitReady() throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("docker-registry ended at start:\n" + Files.readString(this.log));
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + this.hostname + "/v2/")
					.toURL()
					.openConnection();
				connection.setConnectTimeout(500);
				connection.setReadTimeout(500);
				if (connection.getResponseCode() == 401) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		close();
		throw new IllegalStateException("docker-registry did not answer within " + START_TIMEOUT + ":\n"
				+ Files.readString(this.log));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
