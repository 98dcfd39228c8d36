package io.github.ionosregistry.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.ionosregistry.emulator.TokensEmulator;

/**
 * Points the {@code TokensApi} of a Spring Boot test at a {@link TokensEmulator}: the emulator starts on a free
 * loopback port with the test's application context and is its {@code IonosRegistryConnectionDetails} (its URL and
 * credentials take the place of the {@code ionos.registry.*} connection properties); {@code RegistryTokens} works on
 * {@link TokensEmulator#DEFAULT_REGISTRY_ID} unless the test sets {@code ionos.registry.registry-id}. Inject the
 * {@link TokensEmulator} to seed tokens and read its state; it is emptied before each test method unless
 * {@link #resetBeforeEachTest()} is {@code false}.
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureIonosRegistryEmulator
 * class RotationTests {
 *
 *     &#64;Autowired TokensApi tokensApi;
 *     &#64;Autowired TokensEmulator emulator;
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureIonosRegistryEmulator {

	/**
	 * Whether to forget every token, request and added stub before each test method.
	 * @return {@code true} to start each test from an empty emulator
	 */
	boolean resetBeforeEachTest() default true;

	/**
	 * How many requests the emulator keeps for {@code emulator.wireMock().verify(...)}: none by default, as the
	 * journal holds credentials and one-time passwords. See {@link TokensEmulator.Builder#requestJournal(int)}.
	 * @return the number of requests to keep; 0 for none
	 */
	int requestJournal() default 0;

}
