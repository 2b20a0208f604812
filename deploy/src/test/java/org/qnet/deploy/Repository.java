package org.qnet.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.Yaml;

/** Files of the qnet repository this module checks, read as its users' tools read them. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path DEPLOY = ROOT.resolve("deploy");

    private Repository() {
    }

    static YamlNode yaml(Path file) {
        return yamlDocuments(file).get(0);
    }

    static List<YamlNode> yamlDocuments(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return documents(new Yaml().loadAll(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<YamlNode> yamlDocuments(String text) {
        return documents(new Yaml().loadAll(text));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<YamlNode> documents(Iterable<Object> loaded) {
        List<YamlNode> documents = new ArrayList<>();
        for (Object document : loaded) {
            if (document != null) {
                documents.add(new YamlNode(document));
            }
        }
        return documents;
    }
}
