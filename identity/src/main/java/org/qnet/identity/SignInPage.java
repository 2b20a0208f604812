package org.qnet.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * qnet's own sign-in page at the issuer, in the web app's look, so that signing in does not feel like
 * leaving qnet. The form posts to Spring Security's login processing as the default page did, with the
 * same field names, so bin/token and the tests sign in unchanged.
 */
@Controller
class SignInPage {

    /** Only the page's own stylesheet: no scripts, no inline styles, not framed. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · qnet</title>
            <link rel="stylesheet" href="/sign-in.css">
            </head>
            <body>
            <header class="site-header"><span class="brand"><span class="brand-mark" aria-hidden="true"></span>qnet</span></header>
            <main>
            <h1>Sign in to qnet</h1>
            <p class="lead">The community of people improving health and care together.</p>
            %s
            <form method="post" action="/login">
            <label for="username">Username</label>
            <p class="hint" id="username-hint">Your qnet user name, or the email address you were admitted with.</p>
            <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus aria-describedby="username-hint"%s>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required%s>
            <input type="hidden" name="%s" value="%s">
            <button type="submit">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean refused = request.getParameter("error") != null;
        String message = refused
                ? "<div class=\"problem\" role=\"alert\" id=\"sign-in-problem\"><p>The username or password is not right. Please try again.</p></div>"
                : request.getParameter("logout") != null
                        ? "<p class=\"notice\" role=\"status\">You are signed out.</p>"
                        : "";
        String invalid = refused ? " aria-invalid=\"true\"" : "";
        String html = PAGE.formatted(message, invalid, invalid, HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", POLICY)
                .body(html);
    }
}
