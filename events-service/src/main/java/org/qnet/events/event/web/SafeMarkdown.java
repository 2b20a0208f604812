package org.qnet.events.event.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * An organiser's Markdown as HTML that is safe to put in a page: raw HTML in the Markdown is escaped,
 * and what comes out is sanitised to text formatting, lists, tables, headings and https links, so no
 * script, style or event handler reaches a reader.
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "mailto").requireRelsOnLinks("noopener", "noreferrer").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "pre", "code", "hr").toFactory());

    private SafeMarkdown() {
    }

    static String toHtml(String markdown) {
        return markdown == null ? null : POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
