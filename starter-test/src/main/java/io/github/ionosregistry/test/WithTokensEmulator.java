package io.github.ionosregistry.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class, without Spring, a {@link TokensEmulator}: started once for the class, emptied before
 * each test, stopped after the last, and injected into any test method, lifecycle method or constructor parameter of
 * type {@link TokensEmulator}.
 * <pre class="code">
 * &#64;WithTokensEmulator
 * class RotationTests {
 *
 *     &#64;Test
 *     void rotates(TokensEmulator emulator) {
 *         TokensApi api = TokensApi.builder()
 *             .apiUrl(emulator.apiUrl())
 *             .credentials(IonosCredentials.token(emulator.credentials().token()))
 *             .build();
 *     }
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TokensEmulatorExtension.class)
public @interface WithTokensEmulator {

}
