package io.github.ionosregistry.autoconfigure;

import java.util.Objects;

import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import io.github.ionosregistry.tokens.TokensApiBuilder;

import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link IonosRegistryConnectionDetails} from the {@code ionos.registry.*} properties and the {@code IONOS_*}
 * environment variables. The credentials are resolved when first asked for, so that an application that replaces
 * the {@code TokensApi} needs none.
 */
final class PropertiesIonosRegistryConnectionDetails implements IonosRegistryConnectionDetails {

	private final IonosRegistryProperties properties;

	private final Environment environment;

	private final SingletonSupplier<IonosRegistrySettings> settings;

	PropertiesIonosRegistryConnectionDetails(IonosRegistryProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
		this.settings = SingletonSupplier.of(() -> IonosRegistrySettings.resolve(this.properties, this.environment));
	}

	@Override
	public String getApiUrl() {
		return Objects.requireNonNullElse(IonosRegistrySettings.resolveApiUrl(this.properties, this.environment),
				TokensApiBuilder.DEFAULT_API_URL);
	}

	/**
	 * {@inheritDoc}
	 * @throws MissingIonosCredentialsException if none are configured
	 */
	@Override
	public IonosCredentialsProvider getCredentialsProvider() {
		return IonosCredentialsProvider.of(this.settings.obtain().credentials());
	}

}
