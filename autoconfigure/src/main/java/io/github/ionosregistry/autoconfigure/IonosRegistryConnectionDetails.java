package io.github.ionosregistry.autoconfigure;

import java.time.Clock;

import io.github.ionosregistry.autoconfigure.connection.IonosConnectionResolver;
import io.github.ionosregistry.autoconfigure.connection.MissingIonosCredentialsException;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.core.env.Environment;

/**
 * Where the IONOS Container Registry API is and how to authenticate to it. By default from the
 * {@code ionos.registry.*} properties, the {@code IONOS_*} environment variables and the IONOS config file; a bean
 * of this type (one that test support contributes, for example) takes the place of all of them.
 *
 * @since 0.1.0
 */
public interface IonosRegistryConnectionDetails extends ConnectionDetails {

	/**
	 * The API's base URL, such as {@code https://api.ionos.com/containerregistries}.
	 * @return the URL
	 */
	String getApiUrl();

	/**
	 * The credentials, asked for before every request.
	 * @return the provider
	 */
	IonosCredentialsProvider getCredentialsProvider();

	/**
	 * The IONOS contract the calls are made for, sent as {@code X-Contract-Number}; needed only by users with more
	 * than one contract.
	 * @return the contract number, or {@code null} for none
	 */
	default @Nullable Long getContractNumber() {
		return null;
	}

	/**
	 * What to trust for the API's TLS connections when the JVM's defaults do not do (a private CA).
	 * @return the bundle, or {@code null} for Boot's HTTP client settings
	 */
	default @Nullable SslBundle getSslBundle() {
		return null;
	}

	/**
	 * The connection as the auto-configuration finds it in an environment, without an application context: from
	 * the {@code ionos.registry.*} properties, the {@code IONOS_*} variables and the IONOS config file, in the
	 * documented order. Each part is looked up when first asked for.
	 * @param environment the environment
	 * @return the connection details; {@link #getCredentialsProvider()} throws
	 * {@link MissingIonosCredentialsException} if no source gives credentials
	 */
	static IonosRegistryConnectionDetails fromEnvironment(Environment environment) {
		IonosRegistryProperties properties = Binder.get(environment)
			.bindOrCreate("ionos.registry", IonosRegistryProperties.class);
		return new PropertiesIonosRegistryConnectionDetails(
				new IonosConnectionResolver(properties.connectionSettings(), environment, Clock.systemUTC()), null);
	}

}
