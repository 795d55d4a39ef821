package io.muyield.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of ARCHITECTURE.md: data flows one way, and the domain knows no framework, SQL or file format. */
@AnalyzeClasses(packages = "io.muyield", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAPackage("io.muyield.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "org.apache.poi..", "io.muyield.ingest..", "io.muyield.store..", "io.muyield.synth..", "io.muyield.app..");

    @ArchTest
    static final ArchRule ingestReadsFilesOnly = noClasses().that().resideInAPackage("io.muyield.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.muyield.store..", "io.muyield.app..", "io.muyield.synth..",
                    "java.sql..", "org.springframework..");

    @ArchTest
    static final ArchRule storeKnowsNoFilesOrWeb = noClasses().that().resideInAPackage("io.muyield.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.muyield.ingest..", "io.muyield.app..", "io.muyield.synth..",
                    "org.apache.poi..", "org.springframework.web..");

    @ArchTest
    static final ArchRule synthWritesFilesOnly = noClasses().that().resideInAPackage("io.muyield.synth..")
            .should().dependOnClassesThat().resideInAnyPackage("io.muyield.store..", "io.muyield.app..", "io.muyield.ingest..",
                    "java.sql..", "org.springframework..");

    @ArchTest
    static final ArchRule appModulesHaveNoCycles = slices().matching("io.muyield.app.(*)..").should().beFreeOfCycles();
}
