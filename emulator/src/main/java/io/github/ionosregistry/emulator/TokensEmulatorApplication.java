package io.github.ionosregistry.emulator;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the emulator as a process: {@code java -jar ionos-registry-emulator.jar [options]}. Prints the base URL as its
 * first line (once the certificate of {@code --auth-certificate} is written), then a line per request (method, path,
 * status); stops, with exit code 0, on SIGTERM or Ctrl-C. Bad flags, or a state file that cannot be read, print what
 * is wrong and exit with 2; a port in use says so in one line and exits with 1.
 *
 * @since 0.1.0
 */
public final class TokensEmulatorApplication {

	static final int USAGE = 2;

	/** The emulator could not start: its port is taken. */
	static final int NOT_STARTED = 1;

	private TokensEmulatorApplication() {
	}

	public static void main(String[] args) throws InterruptedException {
		TokensEmulator emulator;
		try {
			CommandLineOptions options = CommandLineOptions.parse(args);
			if (options == null) {
				System.out.println(CommandLineOptions.USAGE);
				return;
			}
			emulator = start(options);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("Error: " + ex.getMessage());
			System.err.println(CommandLineOptions.USAGE);
			System.exit(USAGE);
			return;
		}
		catch (PortInUseException ex) {
			System.err.println("Error: " + ex.getMessage());
			System.exit(NOT_STARTED);
			return;
		}
		System.out.println(emulator.apiUrl());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.stop();
			System.out.flush();
			// A signal is this process's normal end: report success rather than the JVM's 128 + signal.
			Runtime.getRuntime().halt(0);
		}, "ionos-registry-emulator-shutdown"));
		Thread.currentThread().join();
	}

	private static TokensEmulator start(CommandLineOptions options) {
		TokensEmulator.Builder builder = TokensEmulator.builder()
			.port(options.port())
			.credentials(options.credentials())
			.latency(options.latency())
			.faults(options.failRate(), options.seed())
			.requestLog(System.out::println);
		options.registries().forEach(builder::registry);
		if (options.authKey() != null) {
			builder.authKey(options.authKey());
		}
		if (options.stateFile() != null) {
			builder.stateFile(options.stateFile());
		}
		TokensEmulator emulator;
		try {
			emulator = builder.start();
		}
		catch (RuntimeException ex) {
			if (isBindFailure(ex)) {
				throw new PortInUseException("port " + options.port() + " is in use: stop what uses it, or give "
						+ "--port=0 for any free port (the first line then says which)");
			}
			throw ex;
		}
		Path certificate = options.authCertificate();
		if (certificate != null) {
			try {
				Files.writeString(certificate, emulator.authCertificatePem());
			}
			catch (IOException ex) {
				emulator.stop();
				throw new IllegalArgumentException(
						"--auth-certificate '" + certificate + "' cannot be written: " + ex.getMessage());
			}
		}
		return emulator;
	}

	private static boolean isBindFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return true;
			}
		}
		return false;
	}

	/** The port asked for is taken. */
	private static final class PortInUseException extends RuntimeException {

		PortInUseException(String message) {
			super(message);
		}

	}

}
