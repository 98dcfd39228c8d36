package com.example.consumer;

import io.github.ionosregistry.tokens.RegistryTokens;
import io.github.ionosregistry.tokens.model.PostTokenProperties;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Creates a token and lists the registry's tokens with the injected RegistryTokens.
 */
@SpringBootApplication
public class ConsumerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsumerApplication.class, args).close();
	}

	@Bean
	CommandLineRunner listTokens(RegistryTokens tokens) {
		return (args) -> {
			tokens.create(PostTokenProperties.named("consumer-check"));
			System.out.println("consumer tokens: " + tokens.list().size() + " on "
					+ org.springframework.boot.SpringBootVersion.getVersion());
		};
	}

}
