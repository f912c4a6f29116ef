package io.cxonebatch.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The module arrows of product.md, as sentences. Maven keeps modules from compiling against what they do not
 * declare; these rules hold what Maven cannot see (packages, frameworks reached transitively, who implements
 * which port). Only production classes are analysed.
 */
@AnalyzeClasses(packages = "io.cxonebatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_jspecify_and_libphonenumber = classes()
            .that().resideInAPackage("io.cxonebatch.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.cxonebatch.domain..", "java..", "org.jspecify..", "com.google.i18n.phonenumbers..")
            .because("the rules must not depend on any framework");

    @ArchTest
    static final ArchRule the_domain_uses_no_jdbc = noClasses()
            .that().resideInAPackage("io.cxonebatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule the_application_depends_only_on_the_domain = classes()
            .that().resideInAPackage("io.cxonebatch.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.cxonebatch.application..", "io.cxonebatch.domain..", "java..", "javax.crypto..", "org.jspecify..");

    @ArchTest
    static final ArchRule no_spring_feign_jdbc_or_jakarta_inside_the_hexagon = noClasses()
            .that().resideInAnyPackage("io.cxonebatch.domain..", "io.cxonebatch.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "feign..", "jakarta..", "javax.persistence..", "java.sql..",
                    "io.github.resilience4j..", "tools.jackson..", "org.quartz..");

    @ArchTest
    static final ArchRule the_cxone_adapter_never_sees_persistence = noClasses()
            .that().resideInAPackage("io.cxonebatch.adapters.cxone..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.cxonebatch.adapters.persistence..", "org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule the_persistence_adapter_never_sees_cxone = noClasses()
            .that().resideInAPackage("io.cxonebatch.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cxonebatch.adapters.cxone..", "feign..");

    @ArchTest
    static final ArchRule adapters_know_nothing_of_bootstrap = noClasses()
            .that().resideInAnyPackage("io.cxonebatch.adapters..", "io.cxonebatch.application..", "io.cxonebatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cxonebatch.bootstrap..", "io.cxonebatch.sandbox..");

    @ArchTest
    static final ArchRule the_sandbox_shares_no_code_with_the_product = noClasses()
            .that().resideInAPackage("io.cxonebatch.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.cxonebatch.domain..", "io.cxonebatch.application..", "io.cxonebatch.adapters..",
                    "io.cxonebatch.bootstrap..", "org.springframework..", "feign..")
            .because("the simulator and the client must keep each other honest");

    @ArchTest
    static final ArchRule incoming_ports_do_not_know_outgoing_ports = noClasses()
            .that().resideInAPackage("io.cxonebatch.application..port.in..")
            .should().dependOnClassesThat().resideInAPackage("io.cxonebatch.application.port.out..")
            .because("a job's use cases speak in commands, results and the kit's item types, not in what the adapters see");

    @ArchTest
    static final ArchRule outgoing_ports_do_not_know_incoming_ports = noClasses()
            .that().resideInAPackage("io.cxonebatch.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("io.cxonebatch.application..port.in..");

    @ArchTest
    static final ArchRule the_kit_knows_no_job = noClasses()
            .that().resideInAPackage("io.cxonebatch.application.kit..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cxonebatch.application.(*).port.in..",
                    "io.cxonebatch.application.(*).service..")
            .because("every job builds on the kit; the kit builds on no job");

    @ArchTest
    static final ArchRule jobs_in_application_do_not_reach_into_each_other = slices()
            .matching("io.cxonebatch.application.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "io.cxonebatch.application.kit..", "io.cxonebatch.application.port.."))
            .because("each job's rules are its own package in application; what they share is the kit and the outgoing ports");

    @ArchTest
    static final ArchRule adapter_internals_stay_inside_their_adapter = noClasses()
            .that().resideOutsideOfPackage("io.cxonebatch.adapters..")
            .should().dependOnClassesThat().resideInAPackage("io.cxonebatch.adapters..internal..")
            .because("an adapter's public face is its package; its internal package may change at any time");

    @ArchTest
    static final ArchRule the_contracts_dialect_knows_nothing_of_the_admin_dialect = noClasses()
            .that().resideInAPackage("io.cxonebatch.adapters.cxone.internal")
            .should().dependOnClassesThat().resideInAPackage("io.cxonebatch.adapters.cxone.internal.admin..")
            .because("the Admin dialect builds on what the two share (ADR 10); only the facade chooses between them");

    @ArchTest
    static final ArchRule no_use_case_or_rule_knows_which_dialect_it_talks_to = noClasses()
            .that().resideInAnyPackage("io.cxonebatch.application..", "io.cxonebatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cxonebatch.adapters..")
            .because("a dialect is an adapter; what the jobs need to know of it is a port (CxoneCapabilitiesPort)");

    @ArchTest
    static final ArchRule sandbox_internals_stay_inside_the_sandbox = noClasses()
            .that().resideOutsideOfPackage("io.cxonebatch.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("io.cxonebatch.sandbox.internal..");

    /** Each package with its {@code internal} package as one: a facade and its internals may call each other. */
    private static final SliceAssignment PACKAGES_WITH_THEIR_INTERNALS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.startsWith("io.cxonebatch.") ? SliceIdentifier.of(name.replaceFirst("\\.internal(\\..*)?$", ""))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of io.cxonebatch, each with its internal package";
        }
    };

    /** A job's two packages (its rules in application, its steps in bootstrap) as one slice named for the job. */
    private static final SliceAssignment JOBS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            java.util.regex.Matcher job = java.util.regex.Pattern
                    .compile("io\\.cxonebatch\\.(?:application|bootstrap\\.batch)\\.([a-z]+)(\\..*)?")
                    .matcher(javaClass.getPackageName());
            return job.matches() && !job.group(1).equals("kit") && !job.group(1).equals("port")
                    ? SliceIdentifier.of(job.group(1)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each job's packages in application and in bootstrap";
        }
    };

    @ArchTest
    static final ArchRule a_jobs_steps_and_rules_use_no_other_job = slices()
            .assignedFrom(JOBS)
            .should().notDependOnEachOther()
            .because("a job's steps call its own use cases; what jobs share is the kit");

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .assignedFrom(PACKAGES_WITH_THEIR_INTERNALS)
            .should().beFreeOfCycles()
            .because("a cycle means two packages are one in all but name (as cli and config once were)");

    @ArchTest
    static final ArchRule only_adapters_implement_outgoing_ports = classes()
            .that().implement(com.tngtech.archunit.base.DescribedPredicate.describe("an outgoing port",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("io.cxonebatch.application.port.out")
                            && c.isInterface()))
            .and().areNotInterfaces()
            .should().resideInAPackage("io.cxonebatch.adapters..");

    @ArchTest
    static final ArchRule spring_batch_quartz_and_picocli_live_only_in_bootstrap = noClasses()
            .that().resideOutsideOfPackage("io.cxonebatch.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.batch..", "org.springframework.boot..", "org.quartz..", "picocli..");

    @ArchTest
    static final ArchRule each_job_lives_in_a_package_of_its_own = classes()
            .that().haveSimpleNameEndingWith("Tasklet").or().implement(ItemReader.class)
            .or().implement(ItemProcessor.class)
            .or().implement(ItemWriter.class)
            .should().resideInAPackage("io.cxonebatch.bootstrap.batch..")
            .because("a job's steps, readers, processors and writers sit together in io.cxonebatch.bootstrap.batch.<job>,"
                    + " the ones every job shares in io.cxonebatch.bootstrap.batch itself");

    @ArchTest
    static final ArchRule jobs_do_not_reach_into_each_other = slices()
            .matching("io.cxonebatch.bootstrap.batch.(*)..")
            .should().notDependOnEachOther()
            .because("each job is its own package; what they share sits in io.cxonebatch.bootstrap.batch itself");
}
