package io.github.ionosregistry.test;

import io.github.ionosregistry.emulator.TokensEmulator;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties the {@link TokensEmulator} of a test annotated with {@link AutoConfigureIonosRegistryEmulator} before
 * each test method, so that tests do not see each other's tokens.
 */
class IonosRegistryEmulatorTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return LOWEST_PRECEDENCE;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		AutoConfigureIonosRegistryEmulator annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureIonosRegistryEmulator.class);
		if (annotation != null && annotation.resetBeforeEachTest()) {
			testContext.getApplicationContext()
				.getBean(EmulatorLifecycle.BEAN_NAME, TokensEmulator.class)
				.reset();
		}
	}

}
