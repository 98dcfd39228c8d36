package io.github.ionosregistry.tokens.internal;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ApiUrl}: the one policy for the API's base URL, for what the client is given and for the forms the
 * IONOS tools write.
 */
class ApiUrlTests {

	@ParameterizedTest
	@CsvSource({ "https://api.ionos.com/containerregistries, https://api.ionos.com/containerregistries",
			"https://api.ionos.com/containerregistries/, https://api.ionos.com/containerregistries",
			"'  https://proxy.example.com:8443/ionos  ', https://proxy.example.com:8443/ionos",
			"HTTPS://api.ionos.com/x, HTTPS://api.ionos.com/x", "http://localhost:8080, http://localhost:8080",
			"http://127.0.0.2:9/api/, http://127.0.0.2:9/api", "http://[::1]:8080, http://[::1]:8080" })
	void aUsableUrlIsTakenWithoutItsTrailingSlash(String given, String expected) {
		assertThat(ApiUrl.parse(given)).isEqualTo(URI.create(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://api.ionos.com", "http://127.example.com", "http://localhost.example.com",
			"http://0x7f000001" })
	void plainHttpToAnotherHostIsRefusedForTheCredentials(String given) {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse(given))
			.withMessage("the API URL '" + given + "' must use https: plain http would send the credentials in clear "
					+ "text (it is allowed only for localhost, 127.0.0.0/8 and [::1], such as a local emulator)");
	}

	@Test
	void credentialsInTheUrlAreRefusedWithoutQuotingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse("https://user:s3cret@api.ionos.com"))
			.withMessage("the API URL must not hold credentials; give them as credentials")
			.withMessageNotContaining("s3cret");
	}

	@Test
	void whatIsNotAnAbsoluteHttpUrlIsRefusedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse("api.ionos.com/containerregistries"))
			.withMessage("the API URL 'api.ionos.com/containerregistries' must be an absolute http or https URL");
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse("ftp://api.ionos.com"))
			.withMessage("the API URL 'ftp://api.ionos.com' must be an absolute http or https URL");
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse("https:///containerregistries"))
			.withMessage("the API URL 'https:///containerregistries' has no host");
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse("https://api.ionos.com/a b"))
			.withMessageStartingWith("the API URL 'https://api.ionos.com/a b' is not a URL: ");
		assertThatIllegalArgumentException().isThrownBy(() -> ApiUrl.parse("https://api.ionos.com/?depth=1"))
			.withMessage("the API URL 'https://api.ionos.com/?depth=1' must not have a query or a fragment");
	}

	@ParameterizedTest
	@CsvSource({ "api.ionos.com, https://api.ionos.com/containerregistries",
			"https://api.ionos.com, https://api.ionos.com/containerregistries",
			"https://api.ionos.com/, https://api.ionos.com/containerregistries",
			"' de-fra.api.ionos.com ', https://de-fra.api.ionos.com/containerregistries",
			"https://api.ionos.com/cloudapi/v6, https://api.ionos.com/cloudapi/v6",
			"http://localhost:8080/containerregistries, http://localhost:8080/containerregistries" })
	void anIonosSettingIsReadAsTheIonosToolsReadIt(String given, String expected) {
		assertThat(ApiUrl.fromIonosSetting(given)).isEqualTo(expected);
	}

	@Test
	void anIonosSettingThatIsNoUrlIsLeftForTheCheckToReport() {
		assertThat(ApiUrl.fromIonosSetting("https://api.ionos.com/a b")).isEqualTo("https://api.ionos.com/a b");
	}

	@Test
	void theDefaultPassesItsOwnCheck() {
		assertThat(ApiUrl.parse(ApiUrl.DEFAULT)).isEqualTo(URI.create("https://api.ionos.com/containerregistries"));
	}

}
