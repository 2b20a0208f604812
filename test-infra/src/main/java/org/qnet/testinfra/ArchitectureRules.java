package org.qnet.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering every service keeps: domain models free of frameworks, and no service reaching into
 * another's code (they meet only through the contracts on Kafka).
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("members", "projects", "events", "notifications");

    private ArchitectureRules() {
    }

    public static ArchRule domainModelsHaveNoFrameworks() {
        return noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "com.mongodb..", "org.bson..", "tools.jackson..",
                        "org.apache.kafka..", "org.qnet.platform..")
                .as("domain models are plain Java");
    }

    public static ArchRule serviceDependsOnNoOtherService(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "org.qnet." + s + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.qnet." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as(service + " meets other services only through contracts");
    }
}
