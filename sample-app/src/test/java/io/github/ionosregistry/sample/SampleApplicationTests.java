package io.github.ionosregistry.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole application, as the README's run command starts it: without credentials it runs the demo against an
 * emulator it starts itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void runsTheDemoOnTheLocalEmulatorWithoutCredentials(CapturedOutput output) {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");

		int exitCode = SampleApplication.run();

		assertThat(exitCode).isZero();
		assertThat(output.getOut().lines().findFirst())
			.hasValueSatisfying((first) -> assertThat(first).startsWith(
					"No IONOS credentials configured: using the local Tokens API emulator at http://127.0.0.1:"));
		assertThat(output.getOut()).contains("one-time password:").endsWith("$ list\n(no tokens)\n");
	}

	@Test
	void unknownCommandExitsWithTwo() {
		assumeTrue(System.getenv("IONOS_TOKEN") == null && System.getenv("IONOS_USERNAME") == null,
				"IONOS credentials are set in the environment");
		assertThat(SampleApplication.run("frobnicate")).isEqualTo(TokenCli.USAGE);
	}

}
