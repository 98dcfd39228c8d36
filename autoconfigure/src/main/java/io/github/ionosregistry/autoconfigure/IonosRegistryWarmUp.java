package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.tokens.TokensApi;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the application is ready, prepares the {@link TokensApi} for its first call on a thread of its own, so that
 * neither start-up nor the first call pays for it. It sends no request.
 */
final class IonosRegistryWarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(IonosRegistryWarmUp.class);

	private final ObjectProvider<TokensApi> tokensApi;

	IonosRegistryWarmUp(ObjectProvider<TokensApi> tokensApi) {
		this.tokensApi = tokensApi;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		TokensApi api = this.tokensApi.getIfUnique();
		if (api == null) {
			return;
		}
		Thread warmUp = new Thread(() -> {
			try {
				api.warmUp();
			}
			catch (RuntimeException ex) {
				logger.warn("The TokensApi could not be warmed up; its first call will do what is left (" + ex + ")");
			}
		}, "ionos-registry-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

}
