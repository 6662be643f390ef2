package org.parkgate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import javax.sql.DataSource;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The boundaries of docs/decisions/DD-001: a pure core, UI at the edge, features without cycles. */
@AnalyzeClasses(packages = "org.parkgate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The decision core must run anywhere, fast and explainably: java.* only. */
    @ArchTest
    static final ArchRule accessCoreDependsOnJavaOnly = classes()
            .that().resideInAPackage("org.parkgate.access..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.parkgate.access..");

    @ArchTest
    static final ArchRule uiDoesNotTouchRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(DataSource.class);

    /** Repositories are a feature's private business: only its own services use them. */
    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().areAssignableTo(Repository.class).and().resideInAPackage("org.parkgate..")
            .should().notBePublic();

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.parkgate.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule subpackagesAreFreeOfCycles = slices()
            .matching("org.parkgate.(**)")
            .should().beFreeOfCycles();

    /**
     * The public port shows a view only if it is marked public; Vaadin must also let anyone open it,
     * or it is a page of the owners' portal, which owners and nobody else may open.
     */
    @ArchTest
    static final ArchRule publicPagesAreAnonymousOrOwnersOnly = classes()
            .that().areAnnotatedWith(PublicPage.class)
            .should().beAnnotatedWith(AnonymousAllowed.class)
            .orShould(new com.tngtech.archunit.lang.ArchCondition<>("be open to owners only") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass view,
                        com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean ownersOnly = view.tryGetAnnotationOfType(jakarta.annotation.security.RolesAllowed.class)
                            .map(roles -> java.util.Arrays.equals(roles.value(), new String[] {Role.Names.OWNER}))
                            .orElse(false);
                    if (!ownersOnly) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(view,
                                view.getName() + " is public but neither anonymous nor for owners only"));
                    }
                }
            });

    /** Features build on base; base knows no feature. */
    @ArchTest
    static final ArchRule baseKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.parkgate.base..")
            .should().dependOnClassesThat(resideInAPackage("org.parkgate..")
                    .and(not(resideInAPackage("org.parkgate.base.."))));
}
