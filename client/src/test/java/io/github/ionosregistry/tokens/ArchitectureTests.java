package io.github.ionosregistry.tokens;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The client's layers, as docs/architecture.md draws them. The API package assembles the internal packages, which
 * implement its interfaces and throw its exceptions (as {@code java.net.http} and {@code jdk.internal.net.http} do);
 * below the API every dependency points one way: calls, then the HTTP layer, then one HTTP client library; the
 * rotation over the API's contract (never its facade, {@link RegistryTokens}), then the Docker config file.
 */
class ArchitectureTests {

	private static final String API = "io.github.ionosregistry.tokens";

	private static final JavaClasses CLIENT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(API);

	@Test
	void noCycleBetweenThePackagesBelowTheApi() {
		slices().matching(API + ".(**)").should().beFreeOfCycles().check(CLIENT);
	}

	@Test
	void eachLayerIsUsedOnlyByTheLayersAboveIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("API").definedBy(API)
			.layer("Model").definedBy(API + ".model..")
			.layer("Calls").definedBy(API + ".internal.call..")
			.layer("HTTP").definedBy(API + ".internal.http")
			.layer("JDK client").definedBy(API + ".internal.http.jdk..")
			.layer("HttpClient 5").definedBy(API + ".internal.http.hc5..")
			.layer("Credential sources").definedBy(API + ".internal.credentials..")
			.layer("Docker config").definedBy(API + ".internal.docker..")
			.layer("Rotation").definedBy(API + ".internal.rotation..")
			.layer("Rules").definedBy(API + ".internal")
			.whereLayer("Calls").mayOnlyBeAccessedByLayers("API")
			.whereLayer("JDK client").mayOnlyBeAccessedByLayers("API")
			.whereLayer("HttpClient 5").mayOnlyBeAccessedByLayers("API")
			.whereLayer("HTTP").mayOnlyBeAccessedByLayers("API", "Calls", "JDK client", "HttpClient 5")
			.whereLayer("Credential sources").mayOnlyBeAccessedByLayers("API")
			.whereLayer("Docker config").mayOnlyBeAccessedByLayers("API", "Rotation")
			.whereLayer("Rotation").mayOnlyBeAccessedByLayers("API")
			.check(CLIENT);
	}

	@Test
	void theInternalPackagesUseOnlyTheApisContractNotItsAssembly() {
		noClasses().that()
			.resideInAPackage(API + ".internal..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(TokensApiBuilder.class, HttpClientSetup.class, RestClientSetup.class, ClientWarmUp.class,
					HttpClientLibrary.class, RegistryTokens.class)
			.check(CLIENT);
	}

	@Test
	void theModelDependsOnNothingElseOfTheClient() {
		noClasses().that()
			.resideInAPackage(API + ".model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(API, API + ".internal..")
			.check(CLIENT);
	}

	@Test
	void theHttpClientLibrariesKnowNothingOfEachOther() {
		noClasses().that()
			.resideInAPackage(API + ".internal.http.jdk..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(API + ".internal.http.hc5..")
			.check(CLIENT);
		noClasses().that()
			.resideInAPackage(API + ".internal.http.hc5..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(API + ".internal.http.jdk..")
			.check(CLIENT);
	}

}
