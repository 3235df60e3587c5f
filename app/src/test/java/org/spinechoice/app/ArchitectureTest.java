package org.spinechoice.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, checked on the compiled classes. Every rule names packages that exist; ArchUnit
 * fails a rule that matches no class, so none of these can pass vacuously.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spinechoice");

    @Test
    void theClinicalCoreUsesOnlyTheJavaPlatform() {
        classes()
                .that()
                .resideInAnyPackage("org.spinechoice.evidence..", "org.spinechoice.vocabulary..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.spinechoice.evidence..", "org.spinechoice.vocabulary..")
                .check(CLASSES);
    }

    @Test
    void treatmentInTheCoreKnowsOnlyTheVocabulary() {
        classes()
                .that()
                .resideInAPackage("org.spinechoice.treatment..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.spinechoice.treatment..", "org.spinechoice.vocabulary..")
                .check(CLASSES);
    }

    @Test
    void outcomeFiguresUseOnlyTheCoreAndTheStatisticsLibrary() {
        classes()
                .that()
                .resideInAPackage("org.spinechoice.outcome..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.spinechoice.outcome..",
                        "org.spinechoice.prom..",
                        "org.spinechoice.evidence..",
                        "org.spinechoice.vocabulary..",
                        "org.apache.commons.statistics.distribution..")
                .check(CLASSES);
    }

    @Test
    void theVocabularyStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.spinechoice.vocabulary..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.spinechoice.evidence..")
                .check(CLASSES);
    }

    @Test
    void controllersNeverReachTheDatabaseDirectly() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.spinechoice.app.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theClinicsRecordKeepingPackagesHaveNoCycles() {
        slices().matching("org.spinechoice.app.clinic.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        noClasses()
                .that()
                .resideInAnyPackage("org.spinechoice.app.option..", "org.spinechoice.app.home..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.spinechoice.app.condition..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("org.spinechoice.app.condition..", "org.spinechoice.app.home..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.spinechoice.app.option..")
                .check(CLASSES);
    }

    @Test
    void onlyTheQuestionnaireImportTouchesHapiFhir() {
        // HAPI types stay inside the import: its public API speaks in QuestionnaireWording and field errors.
        noClasses()
                .that()
                .haveNameNotMatching(
                        "org\\.spinechoice\\.app\\.prom\\.(FhirR4|QuestionnaireImport|QuestionnaireItems)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
                .check(CLASSES);
    }

    @Test
    void onlyThePlatformAndTheCompositionRootTouchTheWebFrameworkSetUp() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.spinechoice.app", "org.spinechoice.app.platform..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.javalin.Javalin")
                .check(CLASSES);
    }
}
