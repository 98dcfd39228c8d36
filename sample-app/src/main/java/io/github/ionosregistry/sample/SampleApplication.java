package io.github.ionosregistry.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Manages the tokens of a registry from the command line; with no arguments, runs a demo. Without IONOS
 * credentials it runs against a local emulator.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = run(args);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Ahead-of-time processing stops the run once the context is prepared: not a failure.
			throw ex;
		}
		catch (RuntimeException ex) {
			// Spring Boot has reported why the start-up failed; exit rather than wait on the emulator's threads.
			exitCode = 1;
		}
		System.exit(exitCode);
	}

	/**
	 * Runs the tool.
	 * @param args the command and its arguments
	 * @return the exit code: 0 on success, 1 when the API refused, 2 on bad usage
	 */
	static int run(String... args) {
		return SpringApplication.exit(SpringApplication.run(SampleApplication.class, args));
	}

}
