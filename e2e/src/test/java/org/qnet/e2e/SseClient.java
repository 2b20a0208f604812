package org.qnet.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A plain Server-Sent Events client over the JDK's HTTP client, as a browser's EventSource would read. */
final class SseClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An event with its id, type and data. */
    record Received(String id, String event, String data) {
    }

    private SseClient() {
    }

    /** Opens the stream and reads until {@code count} events of the type arrived, then disconnects. */
    static List<Received> read(String url, String token, String lastEventId, String type, int count, Duration within) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        CompletableFuture<HttpResponse<Stream<String>>> response = HTTP.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            Stream<String> lines = response.get(within.toMillis(), TimeUnit.MILLISECONDS).body();
            CompletableFuture<List<Received>> events = CompletableFuture.supplyAsync(() -> collect(lines, type, count));
            try {
                return events.get(within.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                lines.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no " + count + " '" + type + "' events from " + url + " in " + within, e);
        }
    }

    private static List<Received> collect(Stream<String> lines, String type, int count) {
        List<Received> received = new ArrayList<>();
        String id = null;
        String event = null;
        StringBuilder data = new StringBuilder();
        Iterator<String> each = lines.iterator();
        while (received.size() < count && each.hasNext()) {
            String line = each.next();
            if (line.isEmpty()) {
                if (type.equals(event)) {
                    received.add(new Received(id, event, data.toString()));
                }
                id = null;
                event = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        return received;
    }

}
