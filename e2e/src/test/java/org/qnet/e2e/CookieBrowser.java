package org.qnet.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP as a browser on this host does it: one cookie jar for 127.0.0.1 whatever the port (so the issuer's
 * and the gateway's cookies live side by side, as in a browser), Secure cookies kept over plain http on
 * the loopback address, and redirects followed one by one so that each can be looked at.
 */
final class CookieBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    // HTTP/1.1 as browsers speak it over plain http: no h2c upgrade.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> setCookieHeaders = new LinkedHashMap<>();

    HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> headers, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> postForm(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(url, Map.of("Accept", "text/html"), "application/x-www-form-urlencoded", body);
    }

    /** Follows redirects from a response as a browser would, returning the first answer that is not one. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location).toString(), "text/html");
        }
        return current;
    }

    /** Signs in at the gateway: to the issuer's form, the person's credentials, and back to the web app. */
    HttpResponse<String> signIn(String web, String username, String password) {
        HttpResponse<String> loginPage = follow(get(web + "/oauth2/authorization/qnet", "text/html"));
        Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form at " + loginPage.uri());
        }
        return follow(postForm(loginPage.uri().resolve("/login").toString(),
                Map.of("username", username, "password", password, "_csrf", csrf.group(1))));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    /** The last Set-Cookie header that set this cookie, with its attributes. */
    String setCookieHeader(String name) {
        return setCookieHeaders.get(name);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            setCookieHeaders.put(name, header);
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
