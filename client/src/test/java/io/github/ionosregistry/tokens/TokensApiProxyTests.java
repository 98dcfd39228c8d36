package io.github.ionosregistry.tokens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.ionosregistry.tokens.TokenJson.REGISTRY_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_ID;
import static io.github.ionosregistry.tokens.TokenJson.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP clients the API builds go through the JVM's proxy settings: the standard system properties, read at each
 * connection, or a {@link ProxySelector} the application sets as the default, even after the client was built.
 */
@ParameterizedClass
@EnumSource(HttpClientLibrary.class)
class TokensApiProxyTests {

	/** Nothing listens here: a call that bypassed the proxy would fail. */
	private static final String API_URL = "http://127.0.0.1:9";

	@Parameter
	HttpClientLibrary library;

	private HostileServer proxy;

	private final ProxySelector defaultSelector = ProxySelector.getDefault();

	@BeforeEach
	void startProxy() throws IOException {
		this.proxy = new HostileServer();
		this.proxy.behave(HostileServer.Behaviour.answer(200, TokenJson.token()));
	}

	@AfterEach
	void restore() {
		System.clearProperty("http.proxyHost");
		System.clearProperty("http.proxyPort");
		System.clearProperty("http.nonProxyHosts");
		ProxySelector.setDefault(this.defaultSelector);
		this.proxy.close();
	}

	private void assertACallGoesThroughTheProxy() {
		TestApis.with(TestApis.builder(API_URL, this.library).retry(RetrySettings.never()),
				(api) -> assertThat(api.registriesTokensFindById(REGISTRY_ID, TOKEN_ID).id()).isEqualTo(TOKEN_ID));
		assertThat(this.proxy.requestHeads()).singleElement()
			.satisfies((head) -> assertThat(head).startsWith("GET " + API_URL + TOKEN_PATH + " HTTP/1.1\r\n")
				.containsIgnoringCase("Authorization: Bearer " + TestApis.API_TOKEN));
	}

	@Test
	void theStandardProxyPropertiesApply() {
		System.setProperty("http.proxyHost", "127.0.0.1");
		System.setProperty("http.proxyPort", String.valueOf(URI.create(this.proxy.url()).getPort()));
		System.setProperty("http.nonProxyHosts", "");
		assertACallGoesThroughTheProxy();
	}

	@Test
	void aProxySelectorTheApplicationSetsAsDefaultApplies() {
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", URI.create(this.proxy.url()).getPort());
		ProxySelector.setDefault(new ProxySelector() {

			@Override
			public List<Proxy> select(URI uri) {
				return List.of(new Proxy(Proxy.Type.HTTP, address));
			}

			@Override
			public void connectFailed(URI uri, SocketAddress socketAddress, IOException failure) {
			}

		});
		assertACallGoesThroughTheProxy();
	}

}
