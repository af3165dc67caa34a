package org.backcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core stays pure: adapters depend on it, never the other way round. */
@AnalyzeClasses(packages = "org.backcare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"org.backcare.intake..", "org.backcare.knowledge..",
            "org.backcare.screening..", "org.backcare.planning..", "org.backcare.clients..", "org.backcare.progress..",
            "org.backcare.measures..", "org.backcare.accounts..",
            "org.backcare.booking..",
            "org.backcare.mail..", "org.backcare.wording.."};

    @ArchTest
    static final ArchRule domainImportsNoFrameworkJsonYamlOrSql = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..", "picocli..",
                    "java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "org.flywaydb..", "com.openhtmltopdf..",
                    "net.fortuna..");

    @ArchTest
    static final ArchRule domainDoesNotKnowItsAdapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.backcare.files..", "org.backcare.report..",
                    "org.backcare.cli..", "org.backcare.web..");

    @ArchTest
    static final ArchRule readingAndWritingDoNotDependOnTheCommandLine = noClasses()
            .that().resideInAnyPackage("org.backcare.files..", "org.backcare.report..", "org.backcare.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backcare.cli..", "picocli..", "org.backcare.web..");

    @ArchTest
    static final ArchRule theServerDoesNotDependOnTheCommandLine = noClasses()
            .that().resideInAPackage("org.backcare.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backcare.cli..", "picocli..");

    @ArchTest
    static final ArchRule onlyTheWeekPlannerUsesTimefold = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("ai.timefold..");

    @ArchTest
    static final ArchRule theWeekPlannerImportsNoAdapterJsonYamlOrSql = noClasses()
            .that().resideInAPackage("org.backcare.scheduling..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..", "picocli..",
                    "java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "org.flywaydb..",
                    "org.backcare.files..", "org.backcare.report..", "org.backcare.cli..", "org.backcare.web..",
                    "org.backcare.storage..");
}
