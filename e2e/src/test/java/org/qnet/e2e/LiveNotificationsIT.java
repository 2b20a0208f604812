package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A notification caused by an HTTP action in members-service reaches the addressee's live stream in
 * notifications-service; after a disconnect, the stream resumes from Last-Event-ID with nothing missed.
 */
class LiveNotificationsIT extends OnTheDemoStack {

    @Test
    void a_connection_request_reaches_the_addressees_stream_and_a_reconnect_misses_nothing() throws Exception {
        Admission jo = Admission.of(stack, issuer, "Jo Live");
        String stream = stack.url("notifications") + "/notifications/stream";
        // The welcome is the stream's first event: from here on the stream is caught up.
        List<SseClient.Received> welcome = SseClient.read(stream, jo.token(), null, "notification", 1,
                Duration.ofSeconds(60));

        CompletableFuture<List<SseClient.Received>> live = CompletableFuture.supplyAsync(() -> SseClient.read(stream,
                jo.token(), welcome.get(0).id(), "notification", 1, Duration.ofSeconds(60)));
        Api.post(stack.url("members") + "/connections", issuer.accessToken("maya", "qnet-demo"),
                "{\"peerId\": \"" + jo.memberId() + "\"}");
        List<SseClient.Received> first = live.get();
        assertThat(first.get(0).data()).contains("Maya Patel would like to connect");

        Api.post(stack.url("members") + "/connections", issuer.accessToken("sam", "qnet-demo"),
                "{\"peerId\": \"" + jo.memberId() + "\"}");
        List<SseClient.Received> resumed = SseClient.read(stream, jo.token(), first.get(0).id(), "notification", 1,
                Duration.ofSeconds(60));

        assertThat(resumed.get(0).data()).contains("Sam Okafor would like to connect");
        assertThat(Long.parseLong(resumed.get(0).id())).isEqualTo(Long.parseLong(first.get(0).id()) + 1);
    }
}
