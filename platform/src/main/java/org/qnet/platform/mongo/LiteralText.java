package org.qnet.platform.mongo;

/**
 * A search text turned into a regular expression that matches exactly that text, so that what a user
 * types is never read as a pattern ("(a+)+$" finds those six characters, it does not run away) and
 * never as a query operator.
 */
public final class LiteralText {

    private static final String METACHARACTERS = "\\^$.|?*+()[]{}-/#&~<>=!:,";

    private LiteralText() {
    }

    /** Escapes each metacharacter with a backslash, which both Java and PCRE read as the character itself. */
    public static String asPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() * 2);
        for (char c : text.toCharArray()) {
            if (METACHARACTERS.indexOf(c) >= 0) {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
