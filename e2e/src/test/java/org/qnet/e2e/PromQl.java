package org.qnet.e2e;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metric and label names a PromQL expression needs, enough to check a dashboard against
 * what the services expose: everything else (functions, keywords, durations, values) is set aside.
 */
final class PromQl {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern MATCHERS = Pattern.compile("\\{([^}]*)}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern LABEL_IN_MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        String bare = RANGE.matcher(MATCHERS.matcher(STRING.matcher(expression).replaceAll("\"\"")).replaceAll(""))
                .replaceAll("");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            boolean calledAsFunction = bare.substring(identifier.end()).stripLeading().startsWith("(");
            boolean partOfNumber = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!calledAsFunction && !partOfNumber && !KEYWORDS.contains(identifier.group().toLowerCase())) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    /** Labels the expression selects on or groups by. */
    static Set<String> labelNames(String expression) {
        String withoutStrings = STRING.matcher(expression).replaceAll("\"\"");
        Set<String> labels = new LinkedHashSet<>();
        Matcher matchers = MATCHERS.matcher(withoutStrings);
        while (matchers.find()) {
            Matcher label = LABEL_IN_MATCHER.matcher(matchers.group(1));
            while (label.find()) {
                labels.add(label.group(1));
            }
        }
        Matcher grouping = GROUPING.matcher(withoutStrings);
        while (grouping.find()) {
            for (String label : grouping.group(2).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.trim());
                }
            }
        }
        return labels;
    }
}
