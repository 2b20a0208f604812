package org.qnet.events.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendeeCsvTest {

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted() {
        assertThat(AttendeeCsv.cell("Okafor, Grace")).isEqualTo("\"Okafor, Grace\"");
        assertThat(AttendeeCsv.cell("Grace \"G\" Okafor")).isEqualTo("\"Grace \"\"G\"\" Okafor\"");
        assertThat(AttendeeCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void a_cell_that_looks_like_a_formula_is_shown_not_run() {
        assertThat(AttendeeCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(AttendeeCsv.cell("+44 20")).isEqualTo("'+44 20");
    }
}
