/**
 * A local, in-memory emulator of the IONOS Container Registry Tokens API on WireMock, usable from any JVM test or
 * as a process of its own ({@code java -jar ionos-registry-emulator.jar}).
 */
@NullMarked
package io.github.ionosregistry.emulator;

import org.jspecify.annotations.NullMarked;
