package org.qnet.events.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void markdown_becomes_formatted_html() {
        assertThat(SafeMarkdown.toHtml("**Bring** a run chart\n\n* one\n* two"))
                .contains("<strong>Bring</strong>", "<li>one</li>");
    }

    @Test
    void scripts_handlers_and_unsafe_links_never_reach_the_page() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
                + "[a](javascript:alert) and [b](http://plain.example.org)");

        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript", "href=\"http://");
    }

    @Test
    void https_links_stay_links_that_open_safely() {
        assertThat(SafeMarkdown.toHtml("See [the guide](https://safe.example.org/guide)."))
                .contains("href=\"https://safe.example.org/guide\"", "noopener");
    }

    @Test
    void a_description_read_again_is_not_rendered_again() {
        String markdown = "A *seminar* on run charts, " + System.nanoTime();

        assertThat(SafeMarkdown.toHtml(markdown)).isSameAs(SafeMarkdown.toHtml(new String(markdown)))
                .contains("<em>seminar</em>");
    }
}
