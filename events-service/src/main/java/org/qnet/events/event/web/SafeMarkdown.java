package org.qnet.events.event.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * An organiser's Markdown as HTML that is safe to put in a page: raw HTML in the Markdown is escaped,
 * and what comes out is sanitised to text formatting, lists, tables, headings and https links, so no
 * script, style or event handler reaches a reader.
 *
 * <p>Every listing renders the description of each event on its page, and the same few descriptions are
 * read over and over: parsing and sanitising them was a seventh of events-service's time under
 * {@code GET /events?from=} (docs/BENCHMARKS.md). The HTML depends on the Markdown alone, so the most
 * recently rendered are kept, up to {@value #RENDERED_CHARACTERS} characters of Markdown and HTML.
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "mailto").requireRelsOnLinks("noopener", "noreferrer").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "pre", "code", "hr").toFactory());
    private static final long RENDERED_CHARACTERS = 4_000_000;
    private static final Cache<String, String> RENDERED = Caffeine.newBuilder()
            .maximumWeight(RENDERED_CHARACTERS)
            .<String, String>weigher((markdown, html) -> markdown.length() + html.length())
            .build();

    private SafeMarkdown() {
    }

    static String toHtml(String markdown) {
        return markdown == null ? null : RENDERED.get(markdown, SafeMarkdown::render);
    }

    private static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
