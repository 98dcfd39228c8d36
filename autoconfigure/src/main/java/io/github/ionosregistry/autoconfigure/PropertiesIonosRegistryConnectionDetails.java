package io.github.ionosregistry.autoconfigure;

import io.github.ionosregistry.autoconfigure.connection.IonosConnectionResolver;
import io.github.ionosregistry.autoconfigure.connection.MissingIonosCredentialsException;
import io.github.ionosregistry.tokens.IonosCredentialsProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link IonosRegistryConnectionDetails} found in the {@code ionos.registry.*} properties, the {@code IONOS_*}
 * environment variables and the IONOS config file, in the documented order; credentials from an
 * {@link IonosCredentialsProvider} bean of the application, if there is one, instead. Each part is resolved when
 * first asked for, so that an application that replaces the {@code TokensApi} needs none of them.
 */
final class PropertiesIonosRegistryConnectionDetails implements IonosRegistryConnectionDetails {

	private final SingletonSupplier<String> apiUrl;

	private final SingletonSupplier<IonosCredentialsProvider> credentials;

	private final SingletonSupplier<Holder<SslBundle>> sslBundle;

	private final SingletonSupplier<Holder<Long>> contractNumber;

	PropertiesIonosRegistryConnectionDetails(IonosConnectionResolver resolver,
			@Nullable IonosCredentialsProvider applicationCredentials) {
		this.apiUrl = SingletonSupplier.of(resolver::apiUrl);
		this.credentials = SingletonSupplier.of(() -> (applicationCredentials != null) ? applicationCredentials
				: resolver.credentials().provider());
		this.sslBundle = SingletonSupplier.of(() -> new Holder<>(resolver.sslBundle()));
		this.contractNumber = SingletonSupplier.of(() -> new Holder<>(resolver.contractNumber()));
	}

	@Override
	public String getApiUrl() {
		return this.apiUrl.obtain();
	}

	/**
	 * {@inheritDoc}
	 * @throws MissingIonosCredentialsException if no source gives credentials
	 */
	@Override
	public IonosCredentialsProvider getCredentialsProvider() {
		return this.credentials.obtain();
	}

	@Override
	public @Nullable Long getContractNumber() {
		return this.contractNumber.obtain().value();
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		return this.sslBundle.obtain().value();
	}

	/** A value that may be absent, so that its absence is resolved once too. */
	private record Holder<T>(@Nullable T value) {

	}

}
