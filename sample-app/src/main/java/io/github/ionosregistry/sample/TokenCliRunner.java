package io.github.ionosregistry.sample;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the command given on the command line once the application has started, and reports its exit code.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.cli.enabled", matchIfMissing = true)
class TokenCliRunner implements CommandLineRunner, ExitCodeGenerator {

	private final TokenCli cli;

	private final Environment environment;

	private int exitCode;

	TokenCliRunner(TokenCli cli, Environment environment) {
		this.cli = cli;
		this.environment = environment;
	}

	@Override
	public void run(String... args) {
		String emulator = this.environment.getProperty(LocalEmulatorEnvironmentPostProcessor.EMULATOR_URL_PROPERTY);
		if (emulator != null) {
			System.err.println("No IONOS credentials configured: using the local Tokens API emulator, its tokens "
					+ "kept in "
					+ this.environment.getProperty(LocalEmulatorEnvironmentPostProcessor.STATE_FILE_PROPERTY)
					+ " (set IONOS_TOKEN and ionos.registry.registry-id to use the real API)");
		}
		this.exitCode = this.cli.run(System.out, System.err, args);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
