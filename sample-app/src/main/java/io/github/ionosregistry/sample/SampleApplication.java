package io.github.ionosregistry.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Manages the tokens of a registry from the command line. Without IONOS credentials it runs against a local
 * emulator. {@code help} (or no command) prints the usage, and a command line that is wrong is refused, before
 * anything starts.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		System.exit(exitCode(args));
	}

	/**
	 * Runs the tool.
	 * @param args the command and its arguments
	 * @return the exit code: 0 done, 1 the API or a file refused, 2 a usage error
	 */
	static int exitCode(String... args) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			// Ahead-of-time processing runs the application with no command to see its beans.
			return SpringApplication.exit(SpringApplication.run(SampleApplication.class, args));
		}
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			System.err.println("Error: " + ex.getMessage());
			System.err.println(ex.hint());
			return TokenCli.USAGE;
		}
		if (commandLine.command().equals("help")) {
			System.out.println(Usage.TEXT);
			return TokenCli.OK;
		}
		try {
			return SpringApplication.exit(SpringApplication.run(SampleApplication.class, args));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Ahead-of-time processing stops the run once the context is prepared: not a failure.
			throw ex;
		}
		catch (RuntimeException ex) {
			// Spring Boot has reported why the start-up failed.
			return TokenCli.REFUSED;
		}
	}

}
