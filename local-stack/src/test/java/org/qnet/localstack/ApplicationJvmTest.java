package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationJvmTest {

    @Test
    void the_native_heap_is_trimmed_only_on_jdks_that_know_the_option() {
        assertThat(ApplicationJvm.trimsNativeHeap(Runtime.Version.parse("17.0.8"))).isFalse();
        assertThat(ApplicationJvm.trimsNativeHeap(Runtime.Version.parse("17.0.9"))).isTrue();
        assertThat(ApplicationJvm.trimsNativeHeap(Runtime.Version.parse("20.0.2"))).isFalse();
        assertThat(ApplicationJvm.trimsNativeHeap(Runtime.Version.parse("21"))).isFalse();
        assertThat(ApplicationJvm.trimsNativeHeap(Runtime.Version.parse("21.0.1"))).isTrue();
        assertThat(ApplicationJvm.trimsNativeHeap(Runtime.Version.parse("25"))).isTrue();
        assertThat(ApplicationJvm.options(Runtime.Version.parse("17.0.8"))).noneMatch(o -> o.startsWith("-XX:TrimNativeHeap"));
    }

    @Test
    void this_jdk_starts_with_every_option_the_applications_get() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ApplicationJvm.options(Runtime.version()));
        command.add("-version");

        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor()).as(output).isZero();
    }
}
