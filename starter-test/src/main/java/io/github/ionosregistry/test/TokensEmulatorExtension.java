package io.github.ionosregistry.test;

import io.github.ionosregistry.emulator.TokensEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithTokensEmulator}: one emulator per test class.
 */
class TokensEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(TokensEmulatorExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		store(context).put(context.getRequiredTestClass(), TokensEmulator.start());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		emulator(context).reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		TokensEmulator emulator = store(context).remove(context.getRequiredTestClass(), TokensEmulator.class);
		if (emulator != null) {
			emulator.stop();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == TokensEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return emulator(context);
	}

	private static TokensEmulator emulator(ExtensionContext context) {
		TokensEmulator emulator = store(context).get(context.getRequiredTestClass(), TokensEmulator.class);
		if (emulator == null) {
			throw new IllegalStateException("No emulator was started for " + context.getRequiredTestClass().getName());
		}
		return emulator;
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE);
	}

}
