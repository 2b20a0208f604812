package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path target;

    @Test
    void a_jar_spring_boot_cannot_extract_is_launched_as_packaged() throws IOException {
        Path jar = Files.writeString(target.resolve("app-0.1.0.jar"), "not a jar");

        List<String> launch = ClassDataArchive.of(jar).launchArguments(List.of(), Map.of(), target.resolve("app.log"));

        assertThat(launch).containsExactly("-jar", jar.toString());
    }

    @Test
    void each_build_of_the_jar_has_an_archive_of_its_own_and_replaces_the_earlier_one() throws IOException {
        Path jar = Files.writeString(target.resolve("app-0.1.0.jar"), "not a jar");
        Path log = target.resolve("app.log");
        ClassDataArchive.of(jar).launchArguments(List.of(), Map.of(), log);
        List<Path> firstBuild = builds();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        ClassDataArchive.of(jar).launchArguments(List.of(), Map.of(), log);

        assertThat(firstBuild).hasSize(1);
        assertThat(builds()).hasSize(1).doesNotContainAnyElementsOf(firstBuild);
    }

    @Test
    void another_jvm_makes_an_archive_of_its_own_in_place_of_the_one_it_cannot_use() throws IOException {
        Path jar = Files.writeString(target.resolve("app-0.1.0.jar"), "not a jar");
        Path log = target.resolve("app.log");
        ClassDataArchive.of(jar, "17.0.15+6-Debian-1deb12u1").launchArguments(List.of(), Map.of(), log);
        List<Path> onSeventeen = builds();

        ClassDataArchive.of(jar, "25.0.1+8-LTS").launchArguments(List.of(), Map.of(), log);

        assertThat(onSeventeen).singleElement().satisfies(folder ->
                assertThat(folder.getFileName().toString()).endsWith("-17.0.15_6-Debian-1deb12u1"));
        assertThat(builds()).singleElement().satisfies(folder ->
                assertThat(folder.getFileName().toString()).endsWith("-25.0.1_8-LTS"));
    }

    private List<Path> builds() throws IOException {
        try (var folders = Files.list(target.resolve("class-data"))) {
            return folders.toList();
        }
    }
}
