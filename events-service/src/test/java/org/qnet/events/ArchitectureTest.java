package org.qnet.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.qnet.testinfra.ArchitectureRules;

@AnalyzeClasses(packages = "org.qnet.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_models_have_no_frameworks = ArchitectureRules.domainModelsHaveNoFrameworks();

    @ArchTest
    static final ArchRule events_depends_on_no_other_service = ArchitectureRules.serviceDependsOnNoOtherService("events");
}
