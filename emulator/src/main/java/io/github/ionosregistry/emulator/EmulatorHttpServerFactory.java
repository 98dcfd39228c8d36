package io.github.ionosregistry.emulator;

import java.util.EnumSet;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server as the emulator needs it: JSON error answers wherever Jetty answers itself, request bodies
 * bounded, and the admin API closed over HTTP unless it was asked for (then it takes the emulator's credentials,
 * see {@link TokensEmulator.Builder#adminApi(boolean)}).
 */
final class EmulatorHttpServerFactory implements HttpServerFactory {

	private final boolean adminApi;

	EmulatorHttpServerFactory(boolean adminApi) {
		this.adminApi = adminApi;
	}

	@Override
	public String getName() {
		return "ionos-registry-emulator-http-server";
	}

	@Override
	public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
			StubRequestHandler stubRequestHandler) {
		return this.adminApi ? new EmulatorServer(options, adminRequestHandler, stubRequestHandler)
				: new EmulatorServerWithoutAdminApi(options, adminRequestHandler, stubRequestHandler);
	}

	/**
	 * The server. Jetty calls these methods from its constructor, before any field of a subclass is set: what they
	 * do depends on the class alone.
	 */
	private static class EmulatorServer extends Jetty11HttpServer {

		EmulatorServer(Options options, AdminRequestHandler adminRequestHandler,
				StubRequestHandler stubRequestHandler) {
			super(options, adminRequestHandler, stubRequestHandler);
		}

		@Override
		protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
			super.applyAdditionalServerConfiguration(jettyServer, options);
			jettyServer.setErrorHandler(new JsonErrorHandler());
		}

		@Override
		protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
			super.decorateMockServiceContextBeforeConfig(context);
			context.addFilter(new FilterHolder(new RequestLimitsFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
		}

		@Override
		protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
			super.decorateMockServiceContextAfterConfig(context);
			context.setErrorHandler(new JsonErrorHandler());
		}

		@Override
		protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
			super.decorateAdminServiceContextAfterConfig(context);
			context.setErrorHandler(new JsonErrorHandler());
		}

	}

	private static final class EmulatorServerWithoutAdminApi extends EmulatorServer {

		EmulatorServerWithoutAdminApi(Options options, AdminRequestHandler adminRequestHandler,
				StubRequestHandler stubRequestHandler) {
			super(options, adminRequestHandler, stubRequestHandler);
		}

		@Override
		protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
			super.decorateAdminServiceContextBeforeConfig(context);
			context.addFilter(new FilterHolder(new AdminApiClosedFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
		}

	}

}
