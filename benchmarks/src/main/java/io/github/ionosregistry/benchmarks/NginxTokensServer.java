package io.github.ionosregistry.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * nginx (Debian's {@code nginx}) serving the Tokens API's reads from files on loopback, a process of its own: one
 * fixed token and a fixed page of 100 tokens, the same JSON {@link LoopbackTokensServer} answers. A server that is not
 * the bottleneck, so that what is measured is the client; started and stopped by the benchmark.
 */
final class NginxTokensServer implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

	private final Process process;

	private final int port;

	private final Path directory;

	private NginxTokensServer(Process process, int port, Path directory) {
		this.process = process;
		this.port = port;
		this.directory = directory;
	}

	/** Where nginx is, or {@code null} when it is not installed. */
	static @Nullable Path nginx() {
		for (String candidate : new String[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx" }) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		return null;
	}

	/**
	 * Starts nginx with two worker processes (one per core here), keep-alive connections that last the whole run, no
	 * access log.
	 * @param nginx the nginx binary
	 * @param token the JSON of the token
	 * @param page the JSON of the page of 100 tokens
	 * @return the server, answering
	 */
	static NginxTokensServer start(Path nginx, byte[] token, byte[] page) throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("nginx-tokens");
		Path files = Files.createDirectories(directory.resolve("files"));
		Files.write(files.resolve("token.json"), token);
		Files.write(files.resolve("page.json"), page);
		// nginx's workers run as an unprivileged user when started by root: they must be able to read the files.
		for (Path readable : new Path[] { directory, files }) {
			Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		for (Path readable : new Path[] { files.resolve("token.json"), files.resolve("page.json") }) {
			Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
		}
		Files.createDirectories(directory.resolve("logs"));
		int port = freePort();
		String registry = "/registries/" + LoopbackTokensServer.REGISTRY_ID + "/tokens";
		Path configuration = Files.writeString(directory.resolve("nginx.conf"), """
				daemon off;
				master_process on;
				worker_processes 2;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log warn;
				events { worker_connections 1024; }
				http {
				    access_log off;
				    keepalive_requests 100000000;
				    keepalive_timeout 300s;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    server {
				        listen 127.0.0.1:%2$d;
				        default_type application/json;
				        etag off;
				        location = %3$s/%4$s { alias %5$s/token.json; }
				        location = %3$s { alias %5$s/page.json; }
				    }
				}
				""".formatted(directory, port, registry, LoopbackTokensServer.TOKEN_ID, files));
		Process process = new ProcessBuilder(nginx.toString(), "-p", directory.toString(), "-c",
				configuration.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("logs/console.log").toFile())
			.start();
		NginxTokensServer server = new NginxTokensServer(process, port, directory);
		server.awaitListening();
		return server;
	}

	String apiUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** The URL of the token, for a load generator. */
	String tokenUrl() {
		return apiUrl() + "/registries/" + LoopbackTokensServer.REGISTRY_ID + "/tokens/" + LoopbackTokensServer.TOKEN_ID;
	}

	/** The URL of the page, for a load generator. */
	String pageUrl() {
		return apiUrl() + "/registries/" + LoopbackTokensServer.REGISTRY_ID + "/tokens?offset=0&limit=100";
	}

	private void awaitListening() throws IOException, InterruptedException {
		long end = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() - end < 0) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx ended at start:\n"
						+ Files.readString(this.directory.resolve("logs/console.log"), StandardCharsets.UTF_8));
			}
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(20);
			}
		}
		throw new IllegalStateException("nginx did not listen within " + START_TIMEOUT);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
