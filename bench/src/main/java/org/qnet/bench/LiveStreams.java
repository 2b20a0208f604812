package org.qnet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Members' live notification streams (server-sent events) held open for a run; every notification
 * that links to a connection is handed on by that connection's id the moment it arrives.
 */
final class LiveStreams implements AutoCloseable {

    private static final Pattern CONNECTION_LINK = Pattern.compile("\"link\":\"/connections/([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<CompletableFuture<HttpResponse<Stream<String>>>> streams = new ArrayList<>();
    private final ConcurrentHashMap<String, Boolean> connected = new ConcurrentHashMap<>();

    LiveStreams(String notificationsUrl, List<BenchCommunity.Member> members, Consumer<String> connectionNotified) {
        CountDownLatch open = new CountDownLatch(members.size());
        for (BenchCommunity.Member member : members) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(notificationsUrl + "/notifications/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + member.token()).build();
            CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            stream.thenAcceptAsync(response -> {
                connected.put(member.id(), response.statusCode() == 200);
                open.countDown();
                response.body().forEach(line -> {
                    Matcher link = CONNECTION_LINK.matcher(line);
                    if (line.startsWith("data:") && link.find()) {
                        connectionNotified.accept(link.group(1));
                    }
                });
            });
            streams.add(stream);
        }
        try {
            if (!open.await(60, TimeUnit.SECONDS) || connected.containsValue(false)) {
                throw new IllegalStateException("not every live stream opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        streams.forEach(stream -> stream.thenAccept(response -> response.body().close()));
        streams.forEach(stream -> stream.cancel(true));
    }
}
