package org.qnet.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.qnet.localstack.IssuerTokens;
import org.qnet.localstack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 4: every member registers for one event at once; the time until every answer is back,
 * then the invariant: exactly the seats confirmed, everyone else waitlisted, positions 1..n each once,
 * and each member still at the position their own answer gave them.
 */
final class Contention {

    record Outcome(int registrations, int seats, Duration settled, long confirmed, long waitlisted,
                   boolean positionsContiguous, boolean positionsAsAnswered, long failedRequests) {
        boolean invariantHolds() {
            return confirmed == seats && waitlisted == registrations - seats && positionsContiguous
                    && positionsAsAnswered && failedRequests == 0;
        }
    }

    private final LocalStack stack;
    private final Settings settings;

    Contention(LocalStack stack, Settings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    Outcome run(List<BenchCommunity.Member> members) {
        String olu = new IssuerTokens(stack.issuerUri()).accessToken("olu", "qnet-demo");
        String events = stack.url("events") + "/events";
        LocalDate day = LocalDate.now().plusDays(30);
        String event = Http.post(events, olu, """
                {"title": "Benchmark masterclass", "kind": "workshop", "summary": "Everyone wants a seat.",
                 "start": "%sT10:00", "end": "%sT12:00", "timeZone": "Europe/London",
                 "venue": "Q Lab, London", "capacity": %d, "publish": true}
                """.formatted(day, day, settings.seats())).expect(201).json().get("id").asString();

        List<BenchCommunity.Member> registering = members.subList(0, settings.registrations());
        long began = System.nanoTime();
        List<CompletableFuture<Http.Answer>> answers = new ArrayList<>();
        for (BenchCommunity.Member member : registering) {
            answers.add(Http.postAsync(events + "/" + event + "/registrations", member.token(), ""));
        }
        Map<String, Long> answeredPositions = new HashMap<>();
        long failed = 0;
        for (int i = 0; i < answers.size(); i++) {
            Http.Answer answer = answers.get(i).join();
            if (answer.status() != 201) {
                failed++;
                continue;
            }
            JsonNode body = answer.json();
            if ("waitlisted".equals(body.get("status").asString())) {
                answeredPositions.put(registering.get(i).id(), body.get("position").asLong());
            }
        }
        Duration settled = Duration.ofNanos(System.nanoTime() - began);

        JsonNode list = Http.get(events + "/" + event + "/registrations", olu).expect(200).json();
        List<Long> positions = StreamSupport.stream(list.get("waitlist").spliterator(), false)
                .map(view -> view.get("position").asLong()).sorted().toList();
        boolean contiguous = true;
        for (int i = 0; i < positions.size(); i++) {
            contiguous &= positions.get(i) == i + 1;
        }
        boolean asAnswered = StreamSupport.stream(list.get("waitlist").spliterator(), false)
                .allMatch(view -> Long.valueOf(view.get("position").asLong())
                        .equals(answeredPositions.get(view.get("memberId").asString())));
        return new Outcome(registering.size(), settings.seats(), settled, list.get("confirmed").size(),
                list.get("waitlist").size(), contiguous, asAnswered, failed);
    }
}
