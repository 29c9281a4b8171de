package org.practicum.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The engine stays platform-free (adapters translate, the core never sees a platform type), and its
 * packages stay layered: none depends, through others, on itself.
 */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.practicum.core");

    @Test
    void the_engine_uses_no_discord_or_slack_types() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "com.slack..")
                .check(core);
    }

    @Test
    void the_engine_does_not_depend_on_the_launcher() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.practicum.app..", "picocli..")
                .check(core);
    }

    @Test
    void scenarios_and_analysis_do_not_reach_into_sessions_or_storage() {
        noClasses().that().resideInAnyPackage("org.practicum.core.scenario..", "org.practicum.core.analysis..",
                        "org.practicum.core.emotion..")
                .should().dependOnClassesThat().resideInAnyPackage("org.practicum.core.session..",
                        "org.practicum.core.storage..")
                .check(core);
    }

    @Test
    void the_packages_of_the_engine_form_no_cycle() {
        slices().matching("org.practicum.core.(*)..").should().beFreeOfCycles().check(core);
    }
}
