package org.qnet.localstack;

/**
 * A field the store would reach through its path parsing (validating the path and splitting it with a
 * regular expression for every document) although it is a key of the document itself, to be read with
 * {@code getOrMissing} and written with {@code put}, as the store does once it has split the path.
 */
final class TopLevelField {

    private TopLevelField() {
    }

    static boolean is(String field) {
        return !field.isEmpty() && field.indexOf('.') < 0 && field.indexOf('$') < 0;
    }

    /** The field a {@code "$field"} expression names when it is top-level, otherwise null. */
    static String referencedBy(Object expression) {
        if (!(expression instanceof String path) || !path.startsWith("$")) {
            return null;
        }
        String field = path.substring(1);
        return is(field) ? field : null;
    }
}
