package io.github.ionosregistry.test.registry;

import io.github.ionosregistry.autoconfigure.rotation.TokenRotatedEvent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * One replica of an application with nothing but the starter, run as a process of its own by {@link FleetRotationIT}:
 * its scheduled rotation and Docker config file come from the command line. It says on standard output when it is
 * ready and when it got a token, never the password.
 */
@EnableAutoConfiguration
public class FleetReplicaApplication {

	public static void main(String[] args) {
		SpringApplication.run(FleetReplicaApplication.class, args);
	}

	@EventListener
	void ready(ApplicationReadyEvent ready) {
		System.out.println("READY");
	}

	@EventListener
	void rotated(TokenRotatedEvent rotated) {
		System.out.println("TOKEN " + rotated.credentials().username());
	}

}
