/**
 * A local, in-memory emulator of the IONOS Container Registry Tokens API, built on WireMock, and the test
 * annotation {@link io.github.ionosregistry.test.AutoConfigureIonosRegistryEmulator} that points a Spring Boot
 * test's {@code TokensApi} at it.
 */
@NullMarked
package io.github.ionosregistry.test;

import org.jspecify.annotations.NullMarked;
