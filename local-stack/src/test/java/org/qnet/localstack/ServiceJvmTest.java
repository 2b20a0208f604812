package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServiceJvmTest {

    @Test
    void the_native_heap_is_trimmed_where_the_jvm_can() {
        assertThat(ServiceJvm.options(option -> true)).contains("-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void a_jvm_without_trimming_gets_every_other_option() {
        List<String> withoutTrimming = ServiceJvm.options(option -> false);

        assertThat(withoutTrimming).noneMatch(option -> option.contains("TrimNativeHeap"));
        assertThat(ServiceJvm.options(option -> true)).containsAll(withoutTrimming);
    }

    @Test
    void this_jvm_starts_with_the_options_the_services_get() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceJvm.options());
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
    }
}
