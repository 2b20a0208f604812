package org.qnet.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralTextTest {

    @ParameterizedTest
    @ValueSource(strings = {".*", "(a+)+$", "{\"$ne\":\"\"}", "[", "a|b", "\\d", "^start", "C++", "x{2,}", "what?"})
    void user_text_matches_itself_and_nothing_else(String text) {
        Pattern pattern = Pattern.compile(LiteralText.asPattern(text));

        assertThat(pattern.matcher("before " + text + " after").find()).isTrue();
        assertThat(pattern.matcher("plain words only").find()).isFalse();
    }
}
