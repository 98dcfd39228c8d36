/**
 * Test support for applications using the starter: {@link io.github.ionosregistry.test.AutoConfigureIonosRegistryEmulator}
 * points a Spring Boot test's client at an emulator, and {@link io.github.ionosregistry.test.WithTokensEmulator} gives
 * a plain JUnit 5 test one.
 */
@NullMarked
package io.github.ionosregistry.test;

import org.jspecify.annotations.NullMarked;
