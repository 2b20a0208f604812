package org.qnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one Dockerfile every application's image is built from. */
class ContainerImageTest {

    private static final String DOCKERFILE = ContainerImage.DOCKERFILE;

    @Test
    void the_image_runs_as_a_non_root_user() {
        assertThat(DOCKERFILE).containsPattern("(?m)^USER 10001:10001$");
    }

    @Test
    void the_jvm_is_sized_from_the_container_memory() {
        assertThat(DOCKERFILE).doesNotContain("-Xmx").doesNotContain("-Xms");
        assertThat(ContainerImage.jvmPercentage("InitialRAMPercentage"))
                .as("a JVM whose initial heap exceeds its maximum does not start")
                .isLessThanOrEqualTo(ContainerImage.jvmPercentage("MaxRAMPercentage"));
    }

    @Test
    void the_jvm_hands_back_the_native_memory_its_compiler_freed() {
        assertThat(DOCKERFILE).containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-XX:TrimNativeHeapInterval=\\d+");
    }

    @Test
    void the_image_checks_readiness_and_is_layered_from_the_boot_jar() {
        assertThat(DOCKERFILE).containsPattern("(?m)^HEALTHCHECK ")
                .contains("/actuator/health/readiness")
                .contains("-Djarmode=tools")
                .contains("extracted/dependencies/");
    }

    @Test
    void the_image_is_built_without_ahead_of_time_bean_definitions_it_would_not_use() {
        assertThat(DOCKERFILE).containsPattern("(?m)^ +\\./mvnw .* package .*-Dspring-boot\\.aot\\.skip=true")
                .doesNotContain("spring.aot.enabled");
    }

    @Test
    void the_image_starts_from_a_class_data_archive_its_build_trained() {
        assertThat(DOCKERFILE)
                .containsPattern("(?m)^RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar application.jar$")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-XX:SharedArchiveFile=application.jsa\",.*\"-jar\", \"application.jar\"\\]$");
    }
}
