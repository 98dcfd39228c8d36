package io.github.ionosregistry.autoconfigure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning that an HTTP client dumps raw traffic, the {@code Authorization} header included: the JDK client's
 * {@code jdk.httpclient.HttpClient.log} levels that print headers or bodies, and none for those that do not.
 */
@ExtendWith(OutputCaptureExtension.class)
class WireLogWarningTests {

	@AfterEach
	void clearProperty() {
		System.clearProperty(WireLogWarning.JDK_HTTP_CLIENT_LOG);
	}

	@Test
	void theJdkClientLoggingHeadersOrBodiesIsWarnedAbout(CapturedOutput output) {
		for (String level : new String[] { "headers", "all", "errors,requests", "content", "frames:all" }) {
			System.setProperty(WireLogWarning.JDK_HTTP_CLIENT_LOG, level);
			WireLogWarning.warnIfTrafficIsDumped();
			assertThat(output.toString()).as(level)
				.contains("System property jdk.httpclient.HttpClient.log=" + level + " makes the JDK HttpClient log raw "
						+ "HTTP traffic, including the Authorization header");
		}
	}

	@Test
	void levelsThatPrintNoTrafficAreNotWarnedAbout(CapturedOutput output) {
		for (String level : new String[] { "errors", "ssl", "errors,ssl", " " }) {
			System.setProperty(WireLogWarning.JDK_HTTP_CLIENT_LOG, level);
			WireLogWarning.warnIfTrafficIsDumped();
		}
		assertThat(output.toString()).doesNotContain("jdk.httpclient.HttpClient.log");
	}

}
