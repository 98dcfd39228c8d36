package io.github.ionosregistry.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application with nothing but the starter, for the emulator's own tests.
 */
@SpringBootApplication
class EmulatorTestApplication {

}
