package gov.irs.secureaccess;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the service's own packages (issue 15, "Boundaries"; docs/platform.md,
 * "Packages and layers"), on the compiled main classes: the top-level packages under
 * {@code gov.irs.secureaccess} form no cycle, and each layer uses only the layers below
 * it. Platform is at the bottom and uses nothing of ours; the session principal, audit,
 * sources, messaging and the journey engine sit on it; then accounts, proofing
 * (REG-4/REG-5 checks shared by registration, the phone change, the legacy move and
 * step-up), factors, registration and sign-in; the applications of those (the staff
 * desks, federation, recovery, the tax applications, the reports) are on top.
 */
class PackageLayersTest {

	private static final String BASE = "gov.irs.secureaccess";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages(BASE);

	@Test
	void whenTheMainClassesAreRead_thenNoTopLevelPackageDependsOnItselfThroughAnother() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void whenTheMainClassesAreRead_thenEachLayerUsesOnlyTheLayersBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Platform")
			.definedBy(BASE + ".platform..")
			.layer("Shared")
			.definedBy(BASE + ".session..", BASE + ".audit..", BASE + ".sources..", BASE + ".messaging..",
					BASE + ".journey..")
			.layer("Accounts")
			.definedBy(BASE + ".accounts..")
			.layer("Proofing")
			.definedBy(BASE + ".proofing..")
			.layer("Factors")
			.definedBy(BASE + ".factors..")
			.layer("Registration")
			.definedBy(BASE + ".registration..")
			.layer("Signin")
			.definedBy(BASE + ".signin..")
			.layer("Applications")
			.definedBy(BASE + ".assisted..", BASE + ".federation..", BASE + ".recovery..", BASE + ".taxapps..",
					BASE + ".insights..", BASE + ".home..")
			.whereLayer("Platform")
			.mayNotAccessAnyLayer()
			.whereLayer("Shared")
			.mayOnlyAccessLayers("Platform")
			.whereLayer("Accounts")
			.mayOnlyAccessLayers("Platform", "Shared")
			.whereLayer("Proofing")
			.mayOnlyAccessLayers("Platform", "Shared", "Accounts")
			.whereLayer("Factors")
			.mayOnlyAccessLayers("Platform", "Shared", "Accounts", "Proofing")
			.whereLayer("Registration")
			.mayOnlyAccessLayers("Platform", "Shared", "Accounts", "Proofing", "Factors")
			.whereLayer("Signin")
			.mayOnlyAccessLayers("Platform", "Shared", "Accounts", "Proofing", "Factors", "Registration")
			// A new top-level package fails here until it is given its place above (only
			// the application class is outside every layer).
			.ensureAllClassesAreContainedInArchitectureIgnoring(BASE)
			.check(MAIN);
	}

}
