package org.qnet.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one Dockerfile every application's image is built from, and the JVM options it sets. */
final class ContainerImage {

    static final String DOCKERFILE = Repository.read(Repository.ROOT.resolve("Dockerfile"));

    private ContainerImage() {
    }

    /** A percentage the image gives the JVM, e.g. {@code MaxRAMPercentage}. */
    static int jvmPercentage(String option) {
        Matcher set = Pattern.compile("-XX:" + option + "=(\\d+)\\b").matcher(DOCKERFILE);
        if (!set.find()) {
            throw new AssertionError("the Dockerfile sets no -XX:" + option);
        }
        return Integer.parseInt(set.group(1));
    }
}
