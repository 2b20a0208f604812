package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LocalStackIT extends OnTheDemoStack {

    private static final List<String> APPLICATIONS =
            List.of("identity", "members", "projects", "events", "notifications", "gateway");

    @Test
    void every_application_runs_with_the_class_data_archive_of_its_build_on_this_jvm() throws IOException {
        String jvm = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.-]", "_");
        for (String application : APPLICATIONS) {
            Path maps = Path.of("/proc", Long.toString(stack.process(application).pid()), "maps");
            assumeThat(maps).as("a Linux process table").exists();

            assertThat(Files.readString(maps)).as(application + "'s mapped files")
                    .containsPattern("/" + application + "(-service)?/target/class-data/[0-9]+-[0-9]+-"
                            + Pattern.quote(jvm) + "/application\\.jsa");
        }
    }

    @Test
    void every_application_starts_from_the_bean_definitions_its_build_worked_out() throws IOException {
        for (String application : APPLICATIONS) {
            // The log holds every start of the application, the class-data archive's training run included.
            assertThat(Files.readString(stack.log(application))).as(application + "'s log")
                    .containsPattern("Starting AOT-processed \\w+Application ")
                    .doesNotContainPattern("Starting \\w+Application ");
        }
    }
}
