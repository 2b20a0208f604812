package org.qnet.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets access tokens from the real identity issuer as the {@code qnet-cli} client does: authorization
 * code with PKCE, signing in on the issuer's form. The same flow as {@code bin/token}.
 */
public final class IssuerTokens {

    private static final String CLIENT = "qnet-cli";
    private static final String REDIRECT = "http://127.0.0.1:8765/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final String issuer;

    public IssuerTokens(String issuer) {
        this.issuer = issuer;
    }

    public String accessToken(String username, String password) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String verifier = random(48);
            String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=" + CLIENT
                    + "&scope=openid&state=" + random(12) + "&redirect_uri=" + encode(REDIRECT)
                    + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
            html(browser, authorize);
            String loginPage = html(browser, issuer + "/login").body();
            String signedIn = location(browser.send(form(issuer + "/login", Map.of(
                    "username", username, "password", password, "_csrf", find(CSRF, loginPage, "CSRF token"))),
                    HttpResponse.BodyHandlers.discarding()));
            if (signedIn.contains("error")) {
                throw new IllegalStateException("sign-in failed for " + username);
            }
            String callback = location(html(browser, resolve(signedIn)));
            String code = find(CODE, callback, "authorization code");
            HttpResponse<String> token = browser.send(form(issuer + "/oauth2/token", Map.of(
                    "grant_type", "authorization_code", "client_id", CLIENT, "code", code,
                    "redirect_uri", REDIRECT, "code_verifier", verifier)), HttpResponse.BodyHandlers.ofString());
            return find(ACCESS_TOKEN, token.body(), "access token");
        } catch (IOException e) {
            throw new IllegalStateException("issuer unreachable at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> html(HttpClient browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String resolve(String location) {
        return location.startsWith("http") ? location : issuer + location;
    }

    private static HttpRequest form(String url, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("expected a redirect, got " + response.statusCode()));
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the issuer's answer");
        }
        return m.group(1);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
