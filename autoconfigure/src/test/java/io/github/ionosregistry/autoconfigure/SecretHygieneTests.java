package io.github.ionosregistry.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ionosregistry.autoconfigure.connection.IonosConnectionResolver;
import io.github.ionosregistry.autoconfigure.endpoint.IonosRegistrySanitizingAutoConfiguration;
import io.github.ionosregistry.tokens.IonosCredentials;
import io.github.ionosregistry.tokens.TokenJson;
import io.github.ionosregistry.tokens.model.Credentials;
import io.github.ionosregistry.tokens.IonosRegistryException;
import io.github.ionosregistry.tokens.model.PostTokenInput;
import io.github.ionosregistry.tokens.model.PostTokenOutput;
import io.github.ionosregistry.tokens.model.PostTokenProperties;
import io.github.ionosregistry.tokens.model.PutTokenInput;
import io.github.ionosregistry.tokens.model.Scope;
import io.github.ionosregistry.tokens.TokensApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKENS_PATH;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API token, the password and one-time token passwords appear in no log line at TRACE, no
 * {@code toString()}, no exception text and no actuator answer.
 */
class SecretHygieneTests {

	private static final String API_TOKEN = "tok-4f1d9c2e-SECRET";

	private static final String PASSWORD = "pw-8b7a6c5d-SECRET";

	private static final String ONE_TIME_PASSWORD = "otp-1a2b3c4d-SECRET";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final CapturingAppender captured = new CapturingAppender();

	private final Map<String, Level> levelsBefore = new java.util.HashMap<>();

	private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();

	@BeforeEach
	void logEverything() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.levelsBefore.put(org.slf4j.Logger.ROOT_LOGGER_NAME, root.getLevel());
		root.setLevel(Level.TRACE);
		// HttpClient's raw traffic dumps print the wire as it is; the auto-configuration warns when they are on.
		for (String dump : List.of("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers")) {
			this.levelsBefore.put(dump, loggers.getLogger(dump).getLevel());
			loggers.getLogger(dump).setLevel(Level.INFO);
		}
		this.captured.setContext(loggers);
		this.captured.start();
		// Only the capture sees this TRACE flood; the console gets it back afterwards.
		root.iteratorForAppenders().forEachRemaining(this.consoleAppenders::add);
		this.consoleAppenders.forEach(root::detachAppender);
		root.addAppender(this.captured);
	}

	@AfterEach
	void restoreLogging() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.captured);
		this.consoleAppenders.forEach(root::addAppender);
		this.levelsBefore.forEach((name, level) -> loggers.getLogger(name).setLevel(level));
	}

	private void withApi(Consumer<TokensApi> test, String... credentials) {
		IonosRegistryTestContexts.runner()
			.withPropertyValues("ionos.registry.api-url=" + server.baseUrl(), "ionos.registry.retry.initial-delay=5ms")
			.withPropertyValues(credentials)
			.run((context) -> test.accept(context.getBean(TokensApi.class)));
	}

	private static String basic(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private void assertNoSecretLogged() {
		String log = this.captured.text();
		assertThat(log).as("TRACE logging was captured").contains("TRACE").contains("DEBUG");
		assertThat(log).doesNotContain(API_TOKEN, PASSWORD, ONE_TIME_PASSWORD, basic("alice", PASSWORD));
	}

	private static void stubAllOperations() {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withHeader("Location", TOKEN_PATH)
				.withBody(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD))));
		server.stubFor(WireMock.put(TOKEN_PATH)
			.inScenario("put")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		server.stubFor(WireMock.put(TOKEN_PATH)
			.inScenario("put")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(TokenJson.token(TOKEN_ID, "ci-push", ONE_TIME_PASSWORD))));
		server.stubFor(WireMock.get(TOKEN_PATH).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody(TokenJson.error(404, "NOT_FOUND", "no such token"))));
		server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TOKENS_PATH)).willReturn(okJson(TokenJson.page(0, 100, 3))));
	}

	private static void useEveryOperation(TokensApi api) {
		PostTokenOutput created = api.registriesTokensPost(REGISTRY_ID, PostTokenInput
			.of(PostTokenProperties.named("ci-push").withScopes(Scope.repository("*", Scope.PULL, Scope.PUSH))));
		assertThat(created.properties().credentials().password()).isEqualTo(ONE_TIME_PASSWORD);
		assertThat(created.toString()).doesNotContain(ONE_TIME_PASSWORD);
		assertThat(api.registriesTokensPut(REGISTRY_ID, TOKEN_ID, PutTokenInput.of(PostTokenProperties.named("ci-push")))
			.toString()).doesNotContain(ONE_TIME_PASSWORD);
		IonosRegistryException notFound = catchThrowableOfType(IonosRegistryException.class,
				() -> api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID));
		assertThat(notFound.toString()).doesNotContain(API_TOKEN, PASSWORD);
		assertThat(api.listAll(REGISTRY_ID)).hasSize(3);
	}

	@Test
	void nothingSecretIsLoggedAtTraceWithBearerToken() {
		stubAllOperations();
		withApi(SecretHygieneTests::useEveryOperation, "ionos.registry.token=" + API_TOKEN);
		assertNoSecretLogged();
	}

	@Test
	void nothingSecretIsLoggedAtTraceWithBasicCredentials() {
		stubAllOperations();
		withApi(SecretHygieneTests::useEveryOperation, "ionos.registry.username=alice",
				"ionos.registry.password=" + PASSWORD);
		assertNoSecretLogged();
	}

	@Test
	void undecodableCreateAnswerDoesNotQuoteThePassword() {
		server.stubFor(WireMock.post(TOKENS_PATH)
			.willReturn(okJson("{ \"properties\": { \"credentials\": { \"password\": " + ONE_TIME_PASSWORD + " } }")));
		withApi((api) -> {
			IonosRegistryException failure = catchThrowableOfType(IonosRegistryException.class,
					() -> api.registriesTokensPost(REGISTRY_ID, PostTokenInput.of(PostTokenProperties.named("ci-push"))));
			StringBuilder chain = new StringBuilder();
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				chain.append(cause).append('\n');
			}
			assertThat(chain.toString()).contains("could not be read").doesNotContain(ONE_TIME_PASSWORD);
		}, "ionos.registry.token=" + API_TOKEN);
		assertNoSecretLogged();
	}

	@Test
	void wireDumpLoggersOnGiveAWarningWhenTheClientIsBuilt() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		loggers.getLogger("org.apache.hc.client5.http.headers").setLevel(Level.DEBUG);
		stubAllOperations();
		withApi((api) -> {
			assertThat(this.captured.text()).doesNotContain("'org.apache.hc.client5.http.headers' is at DEBUG");
			api.registriesTokensGet(REGISTRY_ID);
		}, "ionos.registry.token=" + API_TOKEN, "ionos.registry.warm-up=false");
		loggers.getLogger("org.apache.hc.client5.http.headers").setLevel(Level.INFO);
		assertThat(this.captured.text()).contains("WARN", "'org.apache.hc.client5.http.headers' is at DEBUG");
	}

	@Test
	void toStringsHideSecrets() {
		assertThat(new Credentials(ONE_TIME_PASSWORD, "ci-push").toString()).doesNotContain(ONE_TIME_PASSWORD)
			.contains("ci-push");
		assertThat(new IonosCredentials.Token(API_TOKEN).toString()).doesNotContain(API_TOKEN);
		assertThat(new IonosCredentials.UsernamePassword("alice", PASSWORD).toString()).doesNotContain(PASSWORD);
		IonosRegistryProperties properties = new IonosRegistryProperties();
		properties.setToken(API_TOKEN);
		properties.setPassword(PASSWORD);
		assertThat(properties.toString()).doesNotContain(API_TOKEN, PASSWORD);
		properties.setConfigFile(java.nio.file.Path.of(IonosRegistryTestContexts.NO_CONFIG_FILE));
		IonosConnectionResolver.ResolvedCredentials resolved = new IonosConnectionResolver(properties.connectionSettings(),
				new org.springframework.mock.env.MockEnvironment(), java.time.Clock.systemUTC())
			.credentials();
		assertThat(resolved.toString()).doesNotContain(API_TOKEN, PASSWORD);
	}

	@Test
	void actuatorShowsCredentialsMasked() {
		IonosRegistryTestContexts.runner()
			.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					IonosRegistrySanitizingAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=env,configprops",
					"management.endpoint.env.show-values=always",
					"management.endpoint.configprops.show-values=always", "ionos.registry.token=" + API_TOKEN,
					"ionos.registry.password=" + PASSWORD, "ionos.registry.username=alice", "IONOS_TOKEN=" + API_TOKEN,
					"IONOS_PASSWORD=" + PASSWORD, "IONOS_REGISTRY_PASSWORD=" + PASSWORD,
					"sun.java.command=app.jar --ionos.registry.password=" + PASSWORD + " -DIONOS_TOKEN=" + API_TOKEN
							+ " --ionos.registry.token=" + API_TOKEN + " --ionos.registry.username=alice list")
			.run((context) -> {
				EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);
				assertThat(env.environmentEntry("sun.java.command").getProperty().getValue())
					.isEqualTo("app.jar --ionos.registry.password=****** -DIONOS_TOKEN=****** "
							+ "--ionos.registry.token=****** --ionos.registry.username=alice list");
				for (String key : List.of("ionos.registry.token", "ionos.registry.password", "IONOS_TOKEN",
						"IONOS_PASSWORD", "IONOS_REGISTRY_PASSWORD")) {
					assertThat(env.environmentEntry(key).getProperty().getValue()).as(key).isEqualTo("******");
				}
				assertThat(env.environmentEntry("ionos.registry.username").getProperty().getValue())
					.isEqualTo("alice");
				String everything = tools.jackson.databind.json.JsonMapper.shared()
					.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
						.configurationProperties())
					+ tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(env.environment(null));
				assertThat(everything).doesNotContain(API_TOKEN, PASSWORD).contains("alice");
			});
	}

	/** Keeps every logging event, formatted with its exception. */
	private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {

		private final List<String> lines = new ArrayList<>();

		@Override
		protected synchronized void append(ILoggingEvent event) {
			String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
			if (event.getThrowableProxy() != null) {
				line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
			}
			this.lines.add(line);
		}

		synchronized String text() {
			return String.join("\n", this.lines);
		}

	}

}
