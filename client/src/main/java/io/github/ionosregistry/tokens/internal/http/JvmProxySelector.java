package io.github.ionosregistry.tokens.internal.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * The JVM's proxy settings, looked up for every connection: the default {@link ProxySelector}, which reads
 * {@code https.proxyHost}, {@code https.proxyPort}, {@code http.nonProxyHosts} and the others, or the one an
 * application set with {@link ProxySelector#setDefault}, even after the client was built.
 */
public final class JvmProxySelector extends ProxySelector {

	public static final JvmProxySelector INSTANCE = new JvmProxySelector();

	private JvmProxySelector() {
	}

	@Override
	public List<Proxy> select(URI uri) {
		ProxySelector selector = ProxySelector.getDefault();
		return (selector != null && selector != this) ? selector.select(uri) : List.of(Proxy.NO_PROXY);
	}

	@Override
	public void connectFailed(URI uri, SocketAddress address, IOException failure) {
		ProxySelector selector = ProxySelector.getDefault();
		if (selector != null && selector != this) {
			selector.connectFailed(uri, address, failure);
		}
	}

}
