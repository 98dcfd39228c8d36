package io.github.ionosregistry.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The auto-configuration's packages, a concern each as Spring Boot's own modules have them: where the connection
 * comes from at the bottom, the client's wiring at the root above it, rotation on top of it, health and the endpoint (with the sanitizing of what actuator shows) on top of
 * those; nothing below knows what is above it.
 */
class ArchitectureTests {

	private static final String ROOT = "io.github.ionosregistry.autoconfigure";

	private static final JavaClasses AUTOCONFIGURE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void noCycleBetweenThePackages() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(AUTOCONFIGURE);
	}

	@Test
	void eachPackageIsUsedOnlyByThoseAboveIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Connection").definedBy(ROOT + ".connection..")
			.layer("Client wiring").definedBy(ROOT)
			.layer("Rotation").definedBy(ROOT + ".rotation..")
			.layer("Health").definedBy(ROOT + ".health..")
			.layer("Endpoint").definedBy(ROOT + ".endpoint..")
			.whereLayer("Connection").mayOnlyBeAccessedByLayers("Client wiring", "Rotation", "Health", "Endpoint")
			.whereLayer("Client wiring").mayOnlyBeAccessedByLayers("Rotation", "Health", "Endpoint")
			.whereLayer("Rotation").mayOnlyBeAccessedByLayers("Health", "Endpoint")
			.whereLayer("Health").mayNotBeAccessedByAnyLayer()
			.whereLayer("Endpoint").mayNotBeAccessedByAnyLayer()
			.check(AUTOCONFIGURE);
	}

}
