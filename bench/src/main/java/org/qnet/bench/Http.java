package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the running services, as a client of their API. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        Answer expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + body);
        }
    }

    private Http() {
    }

    static Answer get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    static Answer post(String url, String token, String json) {
        return send(post(url, token, json, Duration.ofSeconds(30)));
    }

    static CompletableFuture<Answer> postAsync(String url, String token, String json) {
        return sendAsync(post(url, token, json, Duration.ofSeconds(60)));
    }

    static CompletableFuture<Answer> deleteAsync(String url, String token) {
        return sendAsync(request(url, token).DELETE().timeout(Duration.ofSeconds(60)).build());
    }

    private static HttpRequest post(String url, String token, String json, Duration timeout) {
        return request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(timeout).build();
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<Answer> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), response.body()));
    }
}
